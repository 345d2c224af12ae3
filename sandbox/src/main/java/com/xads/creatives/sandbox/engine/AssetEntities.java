package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.http.ApiException;

import java.util.List;
import java.util.Optional;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Builds and changes Media Library assets (and the account media they imply) and pre-roll calls to action. */
final class AssetEntities {

    private static final List<String> LIBRARY_MEMBERS = List.of("name", "file_name", "title", "description");
    private final EntityContext ctx;

    AssetEntities(EntityContext ctx) {
        this.ctx = ctx;
    }

    /** Adds an uploaded file to the library; adding a key that is already there returns it with the new names. */
    ObjectNode createLibraryItem(SandboxRequest r, Optional<ObjectNode> existing) {
        String key = r.text("media_key");
        MediaLibrary.Upload upload = Uploads.find(ctx.store(), r.account(), key).orElseThrow(() -> ApiException.badRequest(
                "INVALID_MEDIA", "media_key", "No uploaded media " + key + " (register it with POST /_sandbox/uploads)"));
        if (existing.isPresent() && !existing.get().path("deleted").asBoolean()) {
            return updateLibraryItem(r, existing.get());
        }
        String now = ctx.now();
        String mediaId = key.substring(key.indexOf('_') + 1);
        boolean video = !upload.mediaType().equals("IMAGE");
        ObjectNode item = NODES.objectNode().put("tweeted", false).putNull("name").putNull("file_name")
                .put("media_url", switch (upload.mediaType()) {
                    case "IMAGE" -> "https://pbs.twimg.com/media/" + Long.toString(Long.parseLong(mediaId), 36) + ".jpg";
                    case "GIF" -> "https://video.twimg.com/tweet_video/" + Long.toString(Long.parseLong(mediaId), 36) + ".mp4";
                    default -> "https://video.twimg.com/amplify_video/" + mediaId + "/vid/1280x720/" + mediaId + ".mp4";
                })
                .put("media_category", r.raw().containsKey("media_category") ? r.text("media_category") : upload.category())
                .put("media_key", key).put("media_id", mediaId).put("created_at", now).put("media_status", "TRANSCODE_COMPLETED")
                .put("media_type", upload.mediaType()).put("updated_at", now).put("deleted", false);
        if (video) {
            item.put("duration", upload.durationMillis()).putNull("title").putNull("description")
                    .put("aspect_ratio", upload.ratio()).put("poster_media_key", "3_" + mediaId)
                    .put("poster_media_url", "https://pbs.twimg.com/amplify_video_thumb/" + mediaId + "/img/poster.jpg");
        }
        copy(r, item, LIBRARY_MEMBERS);
        setPoster(r, item);
        if ("AMPLIFY_VIDEO".equals(item.path("media_category").asText())) {
            ctx.store().put(Kind.ACCOUNT_MEDIA.stored(r.account(), NODES.objectNode().put("video_id", key).putNull("media_url")
                    .put("creative_type", "PREROLL").put("id", ctx.ids().base36()).put("created_at", now)
                    .put("updated_at", now).put("deleted", false)));
        }
        return item;
    }

    ObjectNode updateLibraryItem(SandboxRequest r, ObjectNode item) {
        copy(r, item, LIBRARY_MEMBERS);
        setPoster(r, item);
        return item.put("updated_at", ctx.now());
    }

    private void setPoster(SandboxRequest r, ObjectNode item) {
        if (r.raw().containsKey("poster_media_key")) {
            String key = r.text("poster_media_key");
            ObjectNode poster = ctx.media().require(r.account(), key, "poster_media_key", List.of("IMAGE"), List.of());
            item.put("poster_media_key", key).put("poster_media_url", poster.path("media_url").asText());
        }
    }

    ObjectNode createPreroll(SandboxRequest r) {
        String now = ctx.now();
        ObjectNode cta = NODES.objectNode().put("line_item_id", r.text("line_item_id"))
                .put("call_to_action_url", r.text("call_to_action_url")).put("call_to_action", r.text("call_to_action"))
                .put("id", ctx.ids().base36()).put("created_at", now).put("updated_at", now).put("deleted", false);
        return cta;
    }

    ObjectNode updatePreroll(SandboxRequest r, ObjectNode cta) {
        copy(r, cta, List.of("call_to_action", "call_to_action_url"));
        return cta.put("updated_at", ctx.now());
    }
}
