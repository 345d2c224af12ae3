package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Uploads;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/** What the legacy card endpoints (conversation, Direct Message, poll) share when they make a card. */
final class LegacyCards {

    static final List<String> CONVERSATION_MEMBERS = List.of("name", "title", "first_cta", "first_cta_tweet",
            "second_cta", "second_cta_tweet", "third_cta", "third_cta_tweet", "fourth_cta", "fourth_cta_tweet",
            "thank_you_text", "thank_you_url");

    private LegacyCards() {
    }

    /** A new legacy card: a base-36 id, a card URI of its own, the card type and the times. */
    static ObjectNode base(EntityContext ctx, String cardType) {
        String now = ctx.now();
        return NODES.objectNode().put("id", ctx.ids().base36()).put("card_uri", "card://" + ctx.ids().decimal())
                .put("card_type", cardType).put("created_at", now).put("updated_at", now).put("deleted", false);
    }

    /** The display size of an image: the registered upload's, or the card type's usual one. */
    static void dimensions(EntityContext ctx, SandboxRequest r, String key, ObjectNode card, String widthMember,
                           String heightMember, String defaultWidth, String defaultHeight) {
        var upload = Uploads.find(ctx.store(), r.account(), key);
        card.put(widthMember, upload.map(u -> String.valueOf(u.width())).orElse(defaultWidth))
                .put(heightMember, upload.map(u -> String.valueOf(u.height())).orElse(defaultHeight));
    }
}
