package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.rules.Rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds, from a rule's own definition, inputs that break it and inputs that keep it, placed at each of the rule's
 * scopes. Each case carries the parameter the violation must name.
 */
final class RuleCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One input for one rule; {@code expectedParameter} is null when the input keeps the rule. */
    record Case(String operationId, Rule rule, String scope, String variant, JsonNode input, String expectedParameter) {
        boolean breaks() {
            return expectedParameter != null;
        }

        @Override
        public String toString() {
            return operationId + " " + rule.id() + (scope.isEmpty() ? "" : " in " + scope) + ": " + variant;
        }
    }

    private RuleCases() {
    }

    static List<Case> of(String operationId, Rule rule) {
        List<Case> cases = new ArrayList<>();
        List<String> scopes = rule.scopes().isEmpty() ? List.of("") : rule.scopes();
        for (String scope : scopes) {
            for (Local local : locals(rule)) {
                Placed placed = place(scope, local.value());
                String expected = local.member() == null ? null
                        : local.member().isEmpty() ? placed.path() : join(placed.path(), local.member());
                cases.add(new Case(operationId, rule, scope, local.variant(), placed.input(), expected));
            }
        }
        return cases;
    }

    /** A value at the rule's scope, and the member (relative to it) the violation names; null member = keeps the rule. */
    private record Local(String variant, JsonNode value, String member) {
    }

    private record Placed(JsonNode input, String path) {
    }

    private static List<Local> locals(Rule rule) {
        JsonNode def = rule.definition();
        List<Local> locals = new ArrayList<>();
        switch (rule.kind()) {
            case REQUIRES -> {
                ObjectNode breaks = obj(rule).put(def.get("if").asText(), "x");
                ObjectNode keeps = breaks.deepCopy();
                def.get("then").forEach(t -> keeps.put(t.asText(), "x"));
                locals.add(new Local("only the condition set", breaks, def.get("then").get(0).asText()));
                locals.add(new Local("condition and its requirements set", keeps, null));
            }
            case AT_LEAST_ONE -> {
                locals.add(new Local("none of them set", obj(rule), def.get("of").get(0).asText()));
                locals.add(new Local("one of them set", obj(rule).put(def.get("of").get(0).asText(), "x"), null));
            }
            case EXCLUSIVE -> {
                ObjectNode breaks = obj(rule);
                def.get("of").forEach(name -> breaks.put(name.asText(), true));
                locals.add(new Local("all of them set", breaks, def.get("of").get(1).asText()));
                locals.add(new Local("one of them set", obj(rule).put(def.get("of").get(0).asText(), true), null));
            }
            case SHAPE -> {
                ObjectNode complete = obj(rule);
                def.get("required").forEach(name -> complete.put(name.asText(), "x"));
                ObjectNode missing = complete.deepCopy();
                missing.remove(def.get("required").get(0).asText());
                locals.add(new Local("a required member missing", missing, def.get("required").get(0).asText()));
                locals.add(new Local("an undocumented member", complete.deepCopy().put("undocumented", "x"), "undocumented"));
                locals.add(new Local("exactly the required members", complete, null));
            }
            case SEQUENCE -> {
                JsonNode slots = def.get("slots");
                ArrayNode inOrder = NODES.arrayNode();
                ArrayNode reversed = NODES.arrayNode();
                for (int i = 0; i < slots.size(); i++) {
                    inOrder.add(NODES.objectNode().put(def.get("property").asText(), slots.get(i).get(0).asText()));
                    reversed.insert(0, NODES.objectNode().put(def.get("property").asText(), slots.get(i).get(0).asText()));
                }
                ArrayNode tooShort = NODES.arrayNode().add(inOrder.get(0).deepCopy());
                locals.add(new Local("items in the wrong order", reversed, ""));
                locals.add(new Local("an item missing", tooShort, ""));
                locals.add(new Local("items in the documented order", inOrder, null));
            }
            case ALLOWED_VALUES -> {
                String property = def.get("property").asText();
                locals.add(new Local("a value outside the list", withDotted(obj(rule), property, "NOT_ALLOWED"), property));
                locals.add(new Local("a listed value", withDotted(obj(rule), property, def.get("values").get(0).asText()), null));
            }
            case MEDIA_TYPE -> {
                String param = def.get("param").asText();
                locals.add(new Local("media of another type", obj(rule).put(param, key(def, false, null)), param));
                locals.add(new Local("media of an allowed type", obj(rule).put(param, key(def, true, null)), null));
            }
            case MEDIA_MIX -> {
                String param = def.get("param").asText();
                ArrayNode mixed = NODES.arrayNode().add(key(def, true, "IMAGE")).add(key(def, true, "VIDEO"));
                ArrayNode tooMany = NODES.arrayNode();
                for (int i = 0; i <= def.path("limits").path("IMAGE").asInt(); i++) {
                    tooMany.add(key(def, true, "IMAGE"));
                }
                ArrayNode fine = NODES.arrayNode().add(key(def, true, "IMAGE")).add(key(def, true, "IMAGE"));
                locals.add(new Local("an image and a video", obj(rule).set(param, mixed), param));
                locals.add(new Local("more images than allowed", obj(rule).set(param, tooMany), param));
                locals.add(new Local("two images", obj(rule).set(param, fine), null));
            }
            case ONLY_WITH_MEDIA_TYPE -> {
                String first = def.get("params").get(0).asText();
                String media = def.get("media").asText();
                locals.add(new Local("member set for other media", obj(rule).put(first, "x").put(media, key(def, false, null)), first));
                locals.add(new Local("member set for allowed media", obj(rule).put(first, "x").put(media, key(def, true, null)), null));
            }
            case EXISTING_TIME -> {
                String param = def.get("param").asText();
                locals.add(new Local("a date that does not exist", obj(rule).put(param, "2027-02-30T10:00Z"), param));
                locals.add(new Local("a month that does not exist", obj(rule).put(param, "2027-13-01"), param));
                locals.add(new Local("a real time with a compact offset", obj(rule).put(param, "2027-02-28T10:00+0100"), null));
            }
            case NOT_LATER_THAN -> {
                String param = def.get("param").asText();
                Duration ahead = Duration.parse(def.get("maxAhead").asText());
                locals.add(new Local("too far ahead", obj(rule).put(param, Contract.NOW.plus(ahead).plus(Duration.ofDays(1)).toString()), param));
                locals.add(new Local("within the limit", obj(rule).put(param, Contract.NOW.plus(Duration.ofDays(1)).toString()), null));
            }
        }
        return locals;
    }

    /** A media key whose prefix maps to an allowed type (or, with allowed=false, to a type outside the list). */
    private static String key(JsonNode def, boolean allowed, String wantedType) {
        List<String> types = new ArrayList<>();
        def.path("types").forEach(t -> types.add(t.asText()));
        for (var it = def.get("prefixes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> prefix = it.next();
            String type = prefix.getValue().asText();
            boolean fits = wantedType != null ? type.equals(wantedType) : types.contains(type) == allowed;
            if (fits) {
                return prefix.getKey() + "_" + (1000 + (int) (Math.random() * 1000));
            }
        }
        throw new IllegalStateException("no prefix fits " + def);
    }

    private static ObjectNode obj(Rule rule) {
        ObjectNode node = NODES.objectNode();
        rule.where().forEach(node::put);
        return node;
    }

    private static ObjectNode withDotted(ObjectNode node, String dotted, String value) {
        String[] parts = dotted.split("\\.");
        ObjectNode current = node;
        for (int i = 0; i < parts.length - 1; i++) {
            current = current.putObject(parts[i]);
        }
        current.put(parts[parts.length - 1], value);
        return node;
    }

    /** Wraps a value so that the scope (e.g. {@code slides[][].destination}) reaches it, and names its path. */
    private static Placed place(String scope, JsonNode value) {
        if (scope.isEmpty()) {
            return new Placed(value, "");
        }
        String[] segments = scope.split("\\.");
        JsonNode inner = value;
        StringBuilder path = new StringBuilder();
        List<String> pathParts = new ArrayList<>();
        for (int s = segments.length - 1; s >= 0; s--) {
            String segment = segments[s];
            int brackets = segment.indexOf('[');
            String member = brackets < 0 ? segment : segment.substring(0, brackets);
            int depth = brackets < 0 ? 0 : (segment.length() - brackets) / 2;
            for (int d = 0; d < depth; d++) {
                inner = NODES.arrayNode().add(inner);
            }
            inner = NODES.objectNode().set(member, inner);
            pathParts.add(0, member + "[0]".repeat(depth));
        }
        for (String part : pathParts) {
            path.append(path.length() == 0 ? "" : ".").append(part);
        }
        return new Placed(inner, path.toString());
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
