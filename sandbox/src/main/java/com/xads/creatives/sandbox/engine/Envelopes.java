package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/** The API's answer envelopes: {@code data} and the {@code request} echo of the parameters as understood. */
public final class Envelopes {

    private Envelopes() {
    }

    public static ObjectNode of(SandboxRequest r, JsonNode data) {
        ObjectNode body = NODES.objectNode();
        body.set("data", data);
        body.set("request", echo(r));
        return body;
    }

    public static ObjectNode echo(SandboxRequest r) {
        ObjectNode request = NODES.objectNode();
        ObjectNode params = request.putObject("params");
        params.setAll(r.params());
        params.put("account_id", r.account());
        return request;
    }
}
