package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the rule kinds share: reading inputs, naming violations, building inputs and wording lists. */
final class RuleSupport {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleSupport() {
    }

    static RuleViolation violation(Rule rule, String parameter) {
        return new RuleViolation(rule.id(), rule.code(), parameter, rule.message());
    }

    /** A list parameter's items, or a single value as one item. */
    static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else if (!value.asText().isEmpty()) {
            texts.add(value.asText());
        }
        return texts;
    }

    /** An object holding the rule's where conditions, to which an input adds its members. */
    static ObjectNode object(Rule rule) {
        ObjectNode node = NODES.objectNode();
        rule.where().forEach(node::put);
        return node;
    }

    /** A media key whose prefix maps to an allowed type (allowed=false: to a type outside the list; or the type asked). */
    static String mediaKey(Rule rule, boolean allowed, String wantedType) {
        List<String> types = rule.strings("types");
        for (var it = rule.definition().get("prefixes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> prefix = it.next();
            String type = prefix.getValue().asText();
            boolean fits = wantedType != null ? type.equals(wantedType) : types.contains(type) == allowed;
            if (fits) {
                return prefix.getKey() + "_" + (1000 + (int) (Math.random() * 1000));
            }
        }
        throw new IllegalStateException("no prefix of rule " + rule.id() + " fits");
    }

    static String code(String name) {
        return "`" + name + "`";
    }

    /** `a`, `b` and `c`. */
    static String list(List<String> names, String conjunction) {
        List<String> items = names.stream().map(RuleSupport::code).toList();
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    /** `a` = `x` and `b` = `y`. */
    static String where(Rule rule) {
        List<String> conditions = new ArrayList<>();
        rule.definition().path("where").fields()
                .forEachRemaining(e -> conditions.add(code(e.getKey()) + " = " + code(e.getValue().asText())));
        return String.join(" and ", conditions);
    }

    /** an image or a video. */
    static String types(List<String> types) {
        return String.join(" or ", types.stream().map(t -> switch (t) {
            case "IMAGE" -> "an image";
            case "VIDEO" -> "a video";
            case "GIF" -> "a GIF";
            default -> "a " + t;
        }).toList());
    }
}
