package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;
import static com.xads.creatives.rules.RuleSupport.where;

/**
 * {@code shape}: an object of the scope that matches {@code where} needs the {@code required} members and may hold
 * only the {@code allowed} ones (and the where members). Used on card components, whose breaking bodies are built by
 * rule id by the contract check.
 */
final class ShapeRule implements RuleKind {

    @Override
    public String jsonName() {
        return "shape";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        JsonNode node = object.node();
        if (!node.isObject()) {
            return;
        }
        rule.strings("required").stream().filter(name -> !isSet(node.get(name))).findFirst()
                .ifPresent(name -> out.add(violation(rule, object.name(name))));
        Set<String> allowed = new HashSet<>(rule.strings("allowed"));
        allowed.addAll(rule.where().keySet());
        node.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                out.add(violation(rule, object.name(name)));
            }
        });
    }

    @Override
    public String words(Rule rule) {
        return "A member with " + where(rule) + " needs " + list(rule.strings("required"), "and")
                + " and may hold only " + list(rule.strings("allowed"), "and") + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        ObjectNode complete = object(rule);
        rule.strings("required").forEach(name -> complete.put(name, "x"));
        ObjectNode missing = complete.deepCopy();
        String first = rule.strings("required").get(0);
        missing.remove(first);
        return List.of(new RuleInput("a required member missing", missing, first),
                new RuleInput("an undocumented member", complete.deepCopy().put("undocumented", "x"), "undocumented"),
                new RuleInput("exactly the required members", complete, null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        throw new UnsupportedOperationException("a shape rule applies to members of a scope, not to a whole request: "
                + rule.id());
    }
}
