package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of an operation's {@code x-rules} list: a constraint between inputs that a JSON Schema cannot state.
 * The kind-specific members stay in {@link #definition()}; see spec/extensions.md for their meaning.
 */
public record Rule(String id, RuleKind kind, Phase phase, List<String> scopes, Map<String, String> where,
                   String code, String message, JsonNode definition) {

    /** When a rule applies: to the request as sent, or to the stored object once an update is merged in. */
    public enum Phase {
        REQUEST, RESULT;

        static Phase of(String text) {
            return text == null || text.isEmpty() ? REQUEST : valueOf(text.toUpperCase());
        }
    }

    public static Rule fromJson(JsonNode node) {
        String id = required(node, "id");
        List<String> scopes = new ArrayList<>();
        JsonNode scope = node.path("scope");
        if (scope.isTextual()) {
            scopes.add(scope.asText());
        } else if (scope.isArray()) {
            scope.forEach(s -> scopes.add(s.asText()));
        }
        Map<String, String> where = new LinkedHashMap<>();
        node.path("where").fields().forEachRemaining(e -> where.put(e.getKey(), e.getValue().asText()));
        return new Rule(id, RuleKinds.of(required(node, "kind"), id), Phase.of(node.path("on").asText(null)),
                List.copyOf(scopes), Map.copyOf(where), required(node, "code"), required(node, "message"), node);
    }

    /** A member of the definition that holds a list of names or values. */
    public List<String> strings(String member) {
        List<String> values = new ArrayList<>();
        definition.path(member).forEach(v -> values.add(v.asText()));
        return values;
    }

    public String string(String member) {
        return definition.path(member).asText(null);
    }

    private static String required(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("x-rules entry " + node + " lacks '" + member + "'");
        }
        return value.asText();
    }
}
