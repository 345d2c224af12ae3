package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Image Direct Message cards (v4): an image by media key or media id, calls to action with welcome messages. */
public final class ImageDirectMessageCardResource implements ResourceBehaviour {

    private static final List<String> MEMBERS = List.of("name", "first_cta", "first_cta_welcome_message_id",
            "second_cta", "second_cta_welcome_message_id", "third_cta", "third_cta_welcome_message_id", "fourth_cta",
            "fourth_cta_welcome_message_id");

    private final EntityContext ctx;

    public ImageDirectMessageCardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        ObjectNode card = LegacyCards.base(ctx, "IMAGE_DIRECT_MESSAGE");
        copy(r, card, MEMBERS);
        card.put("recipient_user_id", r.text("recipient_user_id")).put("account_id", r.account()).putNull("preview_url");
        setImage(r, card);
        return card;
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode card) {
        copy(r, card, MEMBERS);
        if (r.raw().containsKey("image_media_key") || r.raw().containsKey("image_media_id")) {
            setImage(r, card);
        }
        return card.put("updated_at", ctx.now());
    }

    private void setImage(SandboxRequest r, ObjectNode card) {
        if (r.raw().containsKey("image_media_key")) {
            String key = r.text("image_media_key");
            ObjectNode item = ctx.media().require(r.account(), key, "image_media_key", List.of("IMAGE"), List.of("1.91:1"));
            card.put("image", item.path("media_url").asText());
            LegacyCards.dimensions(ctx, r, key, card, "image_display_width", "image_display_height", "800", "418");
        } else {
            card.put("image", "https://pbs.twimg.com/media/" + Long.toString(Long.parseLong(r.text("image_media_id")), 36) + ".jpg")
                    .put("image_display_width", "800").put("image_display_height", "418");
        }
    }
}
