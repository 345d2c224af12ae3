package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Video conversation cards: a 16:9 video (media_key, or video_id in v4's terms), an optional poster image. */
public final class VideoConversationCardResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public VideoConversationCardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        ObjectNode card = LegacyCards.base(ctx, "VIDEO_CONVERSATION");
        copy(r, card, LegacyCards.CONVERSATION_MEMBERS);
        setVideo(r, card);
        return card;
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode card) {
        copy(r, card, LegacyCards.CONVERSATION_MEMBERS);
        if (r.raw().containsKey("media_key") || r.raw().containsKey("video_id")) {
            setVideo(r, card);
        }
        return card.put("updated_at", ctx.now());
    }

    private void setVideo(SandboxRequest r, ObjectNode card) {
        String parameter = r.raw().containsKey("media_key") ? "media_key" : "video_id";
        String key = r.text(parameter);
        ObjectNode video = ctx.media().require(r.account(), key, parameter, List.of("VIDEO"), List.of("16:9"));
        String mediaId = key.substring(key.indexOf('_') + 1);
        card.put("media_key", key).put("media_url", "https://video.twimg.com/amplify_video/vmap/" + mediaId + ".vmap")
                .put("video_owner_id", r.userId()).put("video_width", "16").put("video_height", "9");
        String poster = video.path("poster_media_url").asText(null);
        if (r.raw().containsKey("poster_media_key")) {
            poster = ctx.media().require(r.account(), r.text("poster_media_key"), "poster_media_key", List.of("IMAGE"), List.of())
                    .path("media_url").asText();
        }
        if (poster != null) {
            card.put("poster_media_url", poster);
        }
        if (r.raw().containsKey("unlocked_video_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_video_media_key"), "unlocked_video_media_key", List.of("VIDEO"), List.of());
        }
        if (r.raw().containsKey("unlocked_image_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_image_media_key"), "unlocked_image_media_key", List.of("IMAGE"), List.of());
        }
    }
}
