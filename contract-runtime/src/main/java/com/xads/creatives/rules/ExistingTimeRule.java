package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code existingTime}: the date and time in {@code param}, which the pattern admits, must exist on the calendar. */
final class ExistingTimeRule implements RuleKind {

    @Override
    public String jsonName() {
        return "existingTime";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        String param = rule.string("param");
        String text = object.node().path(param).asText("");
        if (!text.isEmpty() && ApiTime.parse(text).isEmpty()) {
            out.add(violation(rule, object.name(param)));
        }
    }

    @Override
    public String words(Rule rule) {
        return code(rule.string("param")) + " must name a date and time that exist: one that"
                + " the pattern lets through but the calendar does not (2027-02-30, 2027-13-01) is refused.";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String param = rule.string("param");
        return List.of(new RuleInput("a date that does not exist", object(rule).put(param, "2027-02-30T10:00Z"), param),
                new RuleInput("a month that does not exist", object(rule).put(param, "2027-13-01"), param),
                new RuleInput("a real time with a compact offset", object(rule).put(param, "2027-02-28T10:00+0100"), null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        request.put(rule.string("param"), "2027-02-30T10:00Z");
        return rule.string("param");
    }
}
