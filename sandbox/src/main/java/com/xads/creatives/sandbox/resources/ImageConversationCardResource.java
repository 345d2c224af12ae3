package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Image conversation cards: a 1.91:1 image from the Media Library, up to four hashtag calls to action. */
public final class ImageConversationCardResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public ImageConversationCardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        ObjectNode card = LegacyCards.base(ctx, "IMAGE_CONVERSATION");
        copy(r, card, LegacyCards.CONVERSATION_MEMBERS);
        setImage(r, card);
        checkUnlockImage(r);
        return card;
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode card) {
        copy(r, card, LegacyCards.CONVERSATION_MEMBERS);
        if (r.raw().containsKey("media_key")) {
            setImage(r, card);
        }
        checkUnlockImage(r);
        return card.put("updated_at", ctx.now());
    }

    private void setImage(SandboxRequest r, ObjectNode card) {
        String key = r.text("media_key");
        ObjectNode item = ctx.media().require(r.account(), key, "media_key", List.of("IMAGE"), List.of("1.91:1"));
        card.put("media_key", key).put("media_url", item.path("media_url").asText());
        LegacyCards.dimensions(ctx, r, key, card, "image_display_width", "image_display_height", "1280", "670");
    }

    private void checkUnlockImage(SandboxRequest r) {
        if (r.raw().containsKey("unlocked_image_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_image_media_key"), "unlocked_image_media_key", List.of("IMAGE"), List.of("5:2"));
        }
    }
}
