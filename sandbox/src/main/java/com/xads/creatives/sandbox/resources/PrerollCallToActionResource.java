package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Pre-roll calls to action: a button and its URL on a line item's pre-roll video. */
public final class PrerollCallToActionResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public PrerollCallToActionResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        String now = ctx.now();
        return NODES.objectNode().put("line_item_id", r.text("line_item_id"))
                .put("call_to_action_url", r.text("call_to_action_url")).put("call_to_action", r.text("call_to_action"))
                .put("id", ctx.ids().base36()).put("created_at", now).put("updated_at", now).put("deleted", false);
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode cta) {
        copy(r, cta, List.of("call_to_action", "call_to_action_url"));
        return cta.put("updated_at", ctx.now());
    }
}
