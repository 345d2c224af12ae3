package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What the engine and the resources share: the store, the clock, ids, media look-ups and the resource table. */
public record EntityContext(ObjectStore store, Clock clock, Ids ids, MediaLibrary media, ResourceTable resources) {

    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public String now() {
        return Times.iso(clock.instant());
    }

    /** The stored object of the id; a 404 naming the parameter when the account has none (or only a deleted one). */
    public StoredObject require(ResourceKind kind, String account, String id, String parameter, boolean withDeleted) {
        Optional<StoredObject> found = store.get(kind.key(), account, id);
        if (found.isEmpty() || (found.get().deleted() && !withDeleted)) {
            throw kind.notFound(id, parameter);
        }
        return found.get();
    }

    /** Copies the listed request parameters that were sent into the entity, as the text the request carried. */
    public static void copy(SandboxRequest r, ObjectNode entity, List<String> names) {
        for (String name : names) {
            if (r.raw().containsKey(name)) {
                JsonNode value = r.params().get(name);
                entity.set(name, value == null ? NODES.nullNode() : value);
            }
        }
    }

    /** A list parameter: sent empty means unset (an empty list), absent means unchanged (null). */
    public static ArrayNode list(SandboxRequest r, String name) {
        if (!r.raw().containsKey(name)) {
            return null;
        }
        JsonNode value = r.params().get(name);
        return value != null && value.isArray() ? (ArrayNode) value : NODES.arrayNode();
    }

    /** The text values of list parameters, in order. */
    public static List<String> texts(SandboxRequest r, String... names) {
        List<String> values = new java.util.ArrayList<>();
        for (String name : names) {
            JsonNode value = r.params().get(name);
            if (value != null && value.isArray()) {
                value.forEach(v -> values.add(v.asText()));
            }
        }
        return values;
    }
}
