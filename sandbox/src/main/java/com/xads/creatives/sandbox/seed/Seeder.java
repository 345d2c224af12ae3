package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;
import com.xads.creatives.sandbox.store.StoredUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Stores a seed in one transaction. The documented seed goes through each resource's {@link ResourceBehaviour#seeded}
 * (a deleted object comes back and a pending Scheduled Tweet moves after now, so each documented request replays);
 * other seeds are stored as written. The media of every Media Library item count as uploaded, as if each had gone
 * through the upload host.
 */
public final class Seeder {

    private final ObjectStore store;
    private final Function<ResourceKind, ResourceBehaviour> behaviours;
    private final ResourceKind library;

    public Seeder(ObjectStore store, Function<ResourceKind, ResourceBehaviour> behaviours, ResourceKind library) {
        this.store = store;
        this.behaviours = behaviours;
        this.library = library;
    }

    public void store(Seed seed) {
        List<StoredObject> objects = new ArrayList<>(seed.entries().size());
        List<StoredUpload> uploads = new ArrayList<>();
        for (Seed.Entry entry : seed.entries()) {
            ObjectNode body = entry.body().deepCopy();
            if (seed.documented()) {
                body = behaviours.apply(entry.kind()).seeded(body);
            }
            objects.add(entry.kind().stored(entry.account(), body));
            if (entry.kind().equals(library)) {
                uploads.add(upload(entry.account(), body));
            }
        }
        store.putAll(objects);
        store.putUploads(uploads);
    }

    private static StoredUpload upload(String account, JsonNode item) {
        String type = item.path("media_type").asText("IMAGE");
        boolean image = type.equals("IMAGE");
        return new StoredUpload(account, item.path("media_key").asText(), type,
                item.path("media_category").asText("TWEET_IMAGE"), image ? 1200 : 1280, image ? 628 : 720,
                image ? 0 : item.path("duration").asLong(15_000));
    }
}
