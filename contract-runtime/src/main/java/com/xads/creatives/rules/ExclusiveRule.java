package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code exclusive}: at most one member of {@code of} may be given. */
final class ExclusiveRule implements RuleKind {

    @Override
    public String jsonName() {
        return "exclusive";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        List<String> present = rule.strings("of").stream().filter(name -> isSet(object.node().get(name))).toList();
        if (present.size() > 1) {
            out.add(violation(rule, object.name(present.get(1))));
        }
    }

    @Override
    public String words(Rule rule) {
        return "Give at most one of " + list(rule.strings("of"), "and") + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        ObjectNode breaks = object(rule);
        rule.strings("of").forEach(name -> breaks.put(name, true));
        return List.of(new RuleInput("all of them set", breaks, rule.strings("of").get(1)),
                new RuleInput("one of them set", object(rule).put(rule.strings("of").get(0), true), null));
    }

    /** In a body the second member gets a copy of the first (slides beside components); in a query both are sent. */
    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        List<String> of = rule.strings("of");
        if (request.body() instanceof ObjectNode body) {
            ArrayNode copy = body.putArray(of.get(1));
            copy.add(body.get(of.get(0)).deepCopy());
        } else {
            of.forEach(request::add);
        }
        return of.get(1);
    }
}
