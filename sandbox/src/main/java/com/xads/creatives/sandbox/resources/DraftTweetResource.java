package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.Envelopes;
import com.xads.creatives.sandbox.engine.OperationDescriptor;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/** Draft Tweets: made and changed from query parameters, previewed on the author's device, deleted for good. */
public final class DraftTweetResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public DraftTweetResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        String now = ctx.now();
        ObjectNode draft = NODES.objectNode().put("id", ctx.ids().decimal()).putNull("name").putNull("text")
                .put("user_id", r.text("as_user_id")).put("nullcast", true).putNull("card_uri");
        draft.set("media_keys", NODES.arrayNode());
        Tweets.applyMembers(ctx, r, draft);
        return draft.put("created_at", now).put("updated_at", now);
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode draft) {
        Tweets.applyMembers(ctx, r, draft);
        return draft.put("updated_at", ctx.now());
    }

    @Override
    public ObjectNode markDeleted(ObjectNode body, String now) {
        return body.put("status", "DELETED").put("updated_at", now);
    }

    /** preview: the draft must exist; the API answers with where to look. */
    @Override
    public ObjectNode perform(String action, SandboxRequest r, OperationDescriptor op) {
        if (!action.equals("preview")) {
            throw new UnsupportedOperationException(action + " of " + r.operationId());
        }
        ctx.require(op.kind(), r.account(), r.pathValues().get(op.idParameter()), op.idParameter(), false);
        ObjectNode body = NODES.objectNode();
        body.set("request", Envelopes.echo(r));
        body.put("message", "See @" + r.userId() + "'s notifications in the X app to preview your Tweet.");
        return body;
    }

    @Override
    public ObjectNode seeded(ObjectNode documented) {
        documented.remove("status");
        return ResourceBehaviour.super.seeded(documented);
    }
}
