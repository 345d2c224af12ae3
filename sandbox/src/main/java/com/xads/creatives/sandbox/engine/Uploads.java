package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.ObjectStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Files "uploaded" through the sandbox control, standing in for the upload host; kept in the store's settings. */
public final class Uploads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Uploads() {
    }

    public static void register(ObjectStore store, String account, MediaLibrary.Upload upload) {
        ObjectNode node = JSON.createObjectNode().put("media_key", upload.mediaKey()).put("media_type", upload.mediaType())
                .put("category", upload.category()).put("width", upload.width()).put("height", upload.height())
                .put("duration", upload.durationMillis());
        store.setting(key(account, upload.mediaKey()), node.toString());
    }

    public static Optional<MediaLibrary.Upload> find(ObjectStore store, String account, String mediaKey) {
        return store.setting(key(account, mediaKey)).map(text -> {
            try {
                JsonNode n = JSON.readTree(text);
                return new MediaLibrary.Upload(n.get("media_key").asText(), n.get("media_type").asText(),
                        n.get("category").asText(), n.get("width").asInt(), n.get("height").asInt(), n.get("duration").asLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String key(String account, String mediaKey) {
        return "upload/" + account + "/" + mediaKey;
    }
}
