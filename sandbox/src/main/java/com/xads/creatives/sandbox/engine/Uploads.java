package com.xads.creatives.sandbox.engine;

import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredUpload;

import java.util.Optional;

/** Files "uploaded" through the sandbox control, standing in for the upload host; kept in the store's uploads. */
public final class Uploads {

    private Uploads() {
    }

    public static void register(ObjectStore store, String account, MediaLibrary.Upload upload) {
        store.putUpload(new StoredUpload(account, upload.mediaKey(), upload.mediaType(), upload.category(), upload.width(),
                upload.height(), upload.durationMillis()));
    }

    public static Optional<MediaLibrary.Upload> find(ObjectStore store, String account, String mediaKey) {
        return store.upload(account, mediaKey).map(u -> new MediaLibrary.Upload(u.mediaKey(), u.mediaType(), u.category(),
                u.width(), u.height(), u.durationMillis()));
    }
}
