package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.MediaLibrary;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Uploads;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.store.StoredObject;

import java.util.List;
import java.util.Optional;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/**
 * Media Library assets: an uploaded file added to the library (an AMPLIFY_VIDEO also becomes account media, as
 * pre-roll); adding a key that is already there returns it with the new names.
 */
public final class MediaLibraryItemResource implements ResourceBehaviour {

    private static final List<String> MEMBERS = List.of("name", "file_name", "title", "description");
    private final EntityContext ctx;

    public MediaLibraryItemResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        String key = r.text("media_key");
        MediaLibrary.Upload upload = Uploads.find(ctx.store(), r.account(), key).orElseThrow(() -> ApiException.badRequest(
                "INVALID_MEDIA", "media_key", "No uploaded media " + key + " (register it with POST /_sandbox/uploads)"));
        Optional<ObjectNode> existing = ctx.store().get(ctx.resources().operation(r.operationId()).kind().key(), r.account(), key)
                .map(StoredObject::body);
        if (existing.isPresent() && !existing.get().path("deleted").asBoolean()) {
            return update(r, existing.get());
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
        copy(r, item, MEMBERS);
        setPoster(r, item);
        if ("AMPLIFY_VIDEO".equals(item.path("media_category").asText())) {
            ctx.store().put(ctx.resources().kind("account_media").stored(r.account(), NODES.objectNode().put("video_id", key)
                    .putNull("media_url").put("creative_type", "PREROLL").put("id", ctx.ids().base36()).put("created_at", now)
                    .put("updated_at", now).put("deleted", false)));
        }
        return item;
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode item) {
        copy(r, item, MEMBERS);
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
}
