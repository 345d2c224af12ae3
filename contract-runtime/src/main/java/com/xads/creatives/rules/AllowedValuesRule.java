package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;
import static com.xads.creatives.rules.RuleSupport.where;

/** {@code allowedValues}: where the where members hold, {@code property} (a dotted path) takes only {@code values}. */
final class AllowedValuesRule implements RuleKind {

    @Override
    public String jsonName() {
        return "allowedValues";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        String property = rule.string("property");
        JsonNode value = object.node().at("/" + property.replace('.', '/'));
        if (isSet(value) && !rule.strings("values").contains(value.asText())) {
            out.add(violation(rule, object.name(property)));
        }
    }

    @Override
    public String words(Rule rule) {
        return "Where " + where(rule) + ", " + code(rule.string("property")) + " may only be "
                + list(rule.strings("values"), "or") + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String property = rule.string("property");
        return List.of(new RuleInput("a value outside the list", dotted(object(rule), property, "NOT_ALLOWED"), property),
                new RuleInput("a listed value", dotted(object(rule), property, rule.strings("values").get(0)), null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        throw new UnsupportedOperationException("an allowedValues rule applies to members of a scope, not to a whole request: "
                + rule.id());
    }

    private static ObjectNode dotted(ObjectNode node, String path, String value) {
        String[] parts = path.split("\\.");
        ObjectNode current = node;
        for (int i = 0; i < parts.length - 1; i++) {
            current = current.putObject(parts[i]);
        }
        current.put(parts[parts.length - 1], value);
        return node;
    }
}
