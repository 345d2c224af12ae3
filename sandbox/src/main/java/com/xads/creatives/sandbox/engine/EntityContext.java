package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.ObjectStore;

import java.time.Clock;
import java.util.List;

/** What entity builders share: the store, the clock, id generation and media look-ups. */
public record EntityContext(ObjectStore store, Clock clock, Ids ids, MediaLibrary media) {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    String now() {
        return Times.iso(clock.instant());
    }

    /** Copies the listed request parameters that were sent into the entity, as the text the request carried. */
    static void copy(SandboxRequest r, ObjectNode entity, List<String> names) {
        for (String name : names) {
            if (r.raw().containsKey(name)) {
                JsonNode value = r.params().get(name);
                entity.set(name, value == null ? NODES.nullNode() : value);
            }
        }
    }

    /** A list parameter: sent empty means unset (an empty list), absent means unchanged (null). */
    static ArrayNode list(SandboxRequest r, String name) {
        if (!r.raw().containsKey(name)) {
            return null;
        }
        JsonNode value = r.params().get(name);
        return value != null && value.isArray() ? (ArrayNode) value : NODES.arrayNode();
    }
}
