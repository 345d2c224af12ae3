package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Times;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Poll cards: open from now for the given minutes; text, image (1.91:1) or video (16:9) polls by the media sent. */
public final class PollCardResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public PollCardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        ObjectNode card = LegacyCards.base(ctx, "TEXT_POLLS");
        copy(r, card, List.of("name", "first_choice", "second_choice", "third_choice", "fourth_choice"));
        int minutes = r.params().path("duration_in_minutes").asInt();
        card.put("duration_in_minutes", String.valueOf(minutes)).put("start_time", ctx.now())
                .put("end_time", Times.iso(ctx.clock().instant().plusSeconds(60L * minutes)));
        if (r.raw().containsKey("media_key")) {
            String key = r.text("media_key");
            ObjectNode item = ctx.media().require(r.account(), key, "media_key", List.of("IMAGE", "VIDEO"), List.of());
            if ("VIDEO".equals(item.path("media_type").asText())) {
                ctx.media().require(r.account(), key, "media_key", List.of("VIDEO"), List.of("16:9"));
                String mediaId = key.substring(key.indexOf('_') + 1);
                card.put("card_type", "VIDEO_POLLS")
                        .put("video_url", "https://video.twimg.com/amplify_video/vmap/" + mediaId + ".vmap")
                        .put("video_hls_url", item.path("media_url").asText()).put("video_width", "16").put("video_height", "9")
                        .put("video_poster_width", "16").put("video_poster_height", "9")
                        .put("content_duration_seconds", String.valueOf(item.path("duration").asLong() / 1000));
                if (item.hasNonNull("poster_media_url")) {
                    card.put("video_poster_url", item.get("poster_media_url").asText());
                }
            } else {
                ctx.media().require(r.account(), key, "media_key", List.of("IMAGE"), List.of("1.91:1"));
                card.put("card_type", "IMAGE_POLLS").put("media_url", item.path("media_url").asText());
                LegacyCards.dimensions(ctx, r, key, card, "image_display_width", "image_display_height", "1280", "670");
            }
        }
        return card;
    }
}
