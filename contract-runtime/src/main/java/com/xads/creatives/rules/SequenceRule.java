package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.xads.creatives.rules.RuleSupport.NODES;
import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code sequence}: the list of the scope holds one item per slot, in order, each {@code property} one the slot allows. */
final class SequenceRule implements RuleKind {

    @Override
    public String jsonName() {
        return "sequence";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        JsonNode items = object.node();
        JsonNode slots = rule.definition().path("slots");
        if (!items.isArray()) {
            return;
        }
        boolean fits = items.size() == slots.size();
        String property = rule.string("property");
        for (int i = 0; fits && i < items.size(); i++) {
            String value = items.get(i).path(property).asText();
            boolean allowed = false;
            for (JsonNode slot : slots.get(i)) {
                allowed |= slot.asText().equals(value);
            }
            fits = allowed;
        }
        if (!fits) {
            out.add(violation(rule, object.path()));
        }
    }

    @Override
    public String words(Rule rule) {
        List<String> parts = new ArrayList<>();
        rule.definition().path("slots").forEach(slot -> {
            List<String> values = new ArrayList<>();
            slot.forEach(v -> values.add(v.asText()));
            parts.add(list(values, "or"));
        });
        return "The items must come in this order by " + code(rule.string("property")) + ": "
                + String.join(", then ", parts) + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        JsonNode slots = rule.definition().get("slots");
        String property = rule.string("property");
        ArrayNode inOrder = NODES.arrayNode();
        ArrayNode reversed = NODES.arrayNode();
        for (int i = 0; i < slots.size(); i++) {
            inOrder.add(NODES.objectNode().put(property, slots.get(i).get(0).asText()));
            reversed.insert(0, NODES.objectNode().put(property, slots.get(i).get(0).asText()));
        }
        ArrayNode tooShort = NODES.arrayNode().add(inOrder.get(0).deepCopy());
        return List.of(new RuleInput("items in the wrong order", reversed, ""),
                new RuleInput("an item missing", tooShort, ""),
                new RuleInput("items in the documented order", inOrder, null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        throw new UnsupportedOperationException("a sequence rule applies to a list of a scope, not to a whole request: "
                + rule.id());
    }
}
