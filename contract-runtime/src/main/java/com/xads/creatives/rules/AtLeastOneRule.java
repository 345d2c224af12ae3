package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code atLeastOne}: at least one member of {@code of} must be given. */
final class AtLeastOneRule implements RuleKind {

    @Override
    public String jsonName() {
        return "atLeastOne";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        List<String> of = rule.strings("of");
        if (of.stream().noneMatch(name -> isSet(object.node().get(name)))) {
            out.add(violation(rule, object.name(of.get(0))));
        }
    }

    @Override
    public String words(Rule rule) {
        return "Give at least one of " + list(rule.strings("of"), "or") + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String first = rule.strings("of").get(0);
        return List.of(new RuleInput("none of them set", object(rule), first),
                new RuleInput("one of them set", object(rule).put(first, "x"), null));
    }

    /** On an update the stored object may hold them: they are unset where the contract allows an empty value. */
    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        List<String> of = rule.strings("of");
        if (rule.phase() == Rule.Phase.RESULT) {
            of.forEach(name -> {
                if (request.allowsEmpty(name)) {
                    request.put(name, "");
                } else {
                    request.remove(name);
                }
            });
            if (of.stream().noneMatch(request::allowsEmpty)) {
                return null;
            }
        } else {
            of.forEach(request::remove);
        }
        return of.get(0);
    }
}
