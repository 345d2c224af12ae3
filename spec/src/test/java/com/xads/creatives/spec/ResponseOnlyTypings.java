package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the members of response-only schemas that the release left untyped (any JSON) and the current contract
 * types. Such a change narrows what a server may send, which no reader of a response can notice, as openapi-diff
 * itself judges a lowered response {@code maxLength}; but openapi-diff counts every type change as breaking,
 * whatever its direction. So the guard copies those members' new definitions into the release before the diff,
 * and reports them as compatible. A member that is reachable from a request body or a parameter is left alone:
 * typing it narrows what the server accepts, which does break clients.
 */
final class ResponseOnlyTypings {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final List<String> TYPE_WORDS = List.of("type", "$ref", "oneOf", "anyOf", "allOf", "properties",
            "items", "enum", "additionalProperties");

    private ResponseOnlyTypings() {
    }

    /**
     * Applies the current definitions of the typed members to {@code released} (a bundled contract, changed in
     * place) and returns their names as {@code Schema.member}.
     */
    static List<String> adopt(ObjectNode released, JsonNode current) {
        Set<String> requestSide = requestSideSchemas(released);
        requestSide.addAll(requestSideSchemas(current));
        List<String> typed = new ArrayList<>();
        List<JsonNode> newDefinitions = new ArrayList<>();
        JsonNode before = released.path("components").path("schemas");
        JsonNode after = current.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = before.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if (requestSide.contains(schema.getKey()) || !after.has(schema.getKey())) {
                continue;
            }
            JsonNode members = schema.getValue().path("properties");
            JsonNode membersNow = after.path(schema.getKey()).path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> m = members.fields(); m.hasNext(); ) {
                Map.Entry<String, JsonNode> member = m.next();
                JsonNode now = membersNow.path(member.getKey());
                if (untyped(member.getValue()) && now.isObject() && !untyped(now)) {
                    ((ObjectNode) members).set(member.getKey(), now.deepCopy());
                    newDefinitions.add(now);
                    typed.add(schema.getKey() + "." + member.getKey());
                }
            }
        }
        newDefinitions.forEach(definition -> copyReferencedSchemas(definition, after, (ObjectNode) before));
        return typed;
    }

    private static boolean untyped(JsonNode schema) {
        return TYPE_WORDS.stream().noneMatch(schema::has);
    }

    /** Schemas the new definition names that the release lacks come along with it. */
    private static void copyReferencedSchemas(JsonNode definition, JsonNode from, ObjectNode into) {
        for (String name : referencedSchemas(definition, from)) {
            if (!into.has(name)) {
                into.set(name, from.path(name).deepCopy());
            }
        }
    }

    /** Every component schema a request body or a parameter reaches, through any number of references. */
    private static Set<String> requestSideSchemas(JsonNode contract) {
        List<JsonNode> roots = new ArrayList<>();
        contract.path("paths").forEach(item -> {
            roots.add(item.path("parameters"));
            item.forEach(op -> {
                roots.add(op.path("parameters"));
                roots.add(op.path("requestBody"));
            });
        });
        roots.add(contract.path("components").path("parameters"));
        roots.add(contract.path("components").path("requestBodies"));
        Set<String> reached = new HashSet<>();
        JsonNode schemas = contract.path("components").path("schemas");
        for (JsonNode root : roots) {
            reached.addAll(referencedSchemas(root, schemas));
        }
        return reached;
    }

    private static Set<String> referencedSchemas(JsonNode start, JsonNode schemas) {
        Set<String> reached = new HashSet<>();
        Deque<JsonNode> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.path("$ref").asText().startsWith(SCHEMA_REF)) {
                String name = node.path("$ref").asText().substring(SCHEMA_REF.length());
                if (reached.add(name)) {
                    todo.push(schemas.path(name));
                }
            }
            node.forEach(todo::push);
        }
        return reached;
    }
}
