package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;

import java.util.List;
import java.util.Optional;

/**
 * Media references of cards and Tweets resolved against the account's Media Library: the asset must be there
 * (not deleted), of the right type, and, where its size is known, of an accepted aspect ratio.
 */
public final class MediaLibrary {

    private final ObjectStore store;
    private final ResourceKind library;

    /** @param library the Media Library's resource */
    public MediaLibrary(ObjectStore store, ResourceKind library) {
        this.store = store;
        this.library = library;
    }

    /** The library item of the key, checked; a problem is a 400 INVALID_MEDIA naming the parameter. */
    public ObjectNode require(String account, String mediaKey, String parameter, List<String> types, List<String> ratios) {
        Optional<StoredObject> found = store.get(library.key(), account, mediaKey);
        if (found.isEmpty() || found.get().deleted()) {
            throw ApiException.badRequest("INVALID_MEDIA", parameter, "Media " + mediaKey + " is not in the account's Media Library");
        }
        ObjectNode item = found.get().body();
        String type = item.path("media_type").asText();
        if (!types.contains(type)) {
            throw ApiException.badRequest("INVALID_MEDIA", parameter,
                    "Media " + mediaKey + " is a " + type + "; expected " + String.join(" or ", types));
        }
        Optional<Upload> upload = Uploads.find(store, account, mediaKey);
        if (!ratios.isEmpty() && upload.isPresent() && !ratios.contains(upload.get().ratio())) {
            throw ApiException.badRequest("INVALID_MEDIA", parameter, "Media " + mediaKey + " has aspect ratio "
                    + upload.get().ratio() + "; expected " + String.join(" or ", ratios));
        }
        if (upload.isPresent() && "IMAGE".equals(type) && upload.get().width() < 800 && !ratios.isEmpty()) {
            throw ApiException.badRequest("INVALID_MEDIA", parameter, "Images must be at least 800 pixels wide");
        }
        return item;
    }

    /** The media_metadata entry of a card component for the key: what the library and the upload know of it. */
    public Optional<ObjectNode> metadata(String account, String mediaKey) {
        Optional<StoredObject> found = store.get(library.key(), account, mediaKey);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode item = found.get().body();
        ObjectNode entry = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String type = item.path("media_type").asText();
        entry.put("type", type);
        if (item.hasNonNull("media_url")) {
            entry.put("url", item.get("media_url").asText());
        }
        Optional<Upload> upload = Uploads.find(store, account, mediaKey);
        upload.ifPresent(u -> entry.put("width", u.width()).put("height", u.height()));
        if ("VIDEO".equals(type)) {
            long duration = upload.map(Upload::durationMillis).filter(d -> d > 0).orElse(item.path("duration").asLong(0));
            entry.put("video_duration", duration);
            String ratio = upload.map(Upload::ratio).orElse(item.path("aspect_ratio").asText(""));
            if (ratio.matches("[0-9]{1,5}:[0-9]{1,5}")) {
                entry.put("video_aspect_ratio", ratio);
            }
        }
        return Optional.of(entry);
    }

    /** A registered upload: what the sandbox knows of a file before it is added to the library. */
    public record Upload(String mediaKey, String mediaType, String category, int width, int height, long durationMillis) {

        /** The ratio in the pages' terms (1.91:1, 16:9, 1:1, 5:2) when close to one of them, else width:height reduced. */
        public String ratio() {
            double r = (double) width / height;
            for (String known : List.of("1.91:1", "16:9", "1:1", "5:2", "9:16", "4:3")) {
                String[] parts = known.split(":");
                double k = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
                if (Math.abs(r - k) / k < 0.02) {
                    return known;
                }
            }
            int g = gcd(width, height);
            return width / g + ":" + height / g;
        }

        private static int gcd(int a, int b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }
}
