package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * A request that passed the contract checks, as the engine sees it.
 *
 * @param params path and query parameters decoded by their schemas (lists as arrays), as the request echo shows them
 * @param raw    the query parameters as sent (an empty value means "unset" on updates)
 * @param body   the JSON body, or null
 */
public record SandboxRequest(String operationId, String account, String userId, Map<String, String> pathValues,
                             Map<String, String> raw, ObjectNode params, JsonNode body) {

    public boolean has(String name) {
        return raw.containsKey(name) || (body != null && body.has(name));
    }

    public String text(String name) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
