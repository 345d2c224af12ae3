package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code requires}: when {@code if} is given, every member of {@code then} must be given too. */
final class RequiresRule implements RuleKind {

    @Override
    public String jsonName() {
        return "requires";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        if (isSet(object.node().get(rule.string("if")))) {
            rule.strings("then").stream().filter(name -> !isSet(object.node().get(name))).findFirst()
                    .ifPresent(name -> out.add(violation(rule, object.name(name))));
        }
    }

    @Override
    public String words(Rule rule) {
        return "When " + code(rule.string("if")) + " is given, " + list(rule.strings("then"), "and") + " must be given too.";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        ObjectNode breaks = object(rule).put(rule.string("if"), "x");
        ObjectNode keeps = breaks.deepCopy();
        rule.strings("then").forEach(t -> keeps.put(t, "x"));
        return List.of(new RuleInput("only the condition set", breaks, rule.strings("then").get(0)),
                new RuleInput("condition and its requirements set", keeps, null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        request.add(rule.string("if"));
        rule.strings("then").forEach(request::remove);
        return rule.strings("then").get(0);
    }
}
