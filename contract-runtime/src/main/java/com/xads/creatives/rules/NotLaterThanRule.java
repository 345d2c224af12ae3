package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code notLaterThan}: the time in {@code param} is at most {@code maxAhead} (an ISO-8601 duration) after now. */
final class NotLaterThanRule implements RuleKind {

    @Override
    public String jsonName() {
        return "notLaterThan";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        String param = rule.string("param");
        Instant when = ApiTime.parse(object.node().path(param).asText("")).orElse(null);
        Instant limit = clock.instant().plus(Duration.parse(rule.string("maxAhead")));
        if (when != null && when.isAfter(limit)) {
            out.add(violation(rule, object.name(param)));
        }
    }

    @Override
    public String words(Rule rule) {
        return code(rule.string("param")) + " can be at most " + Period.parse(rule.string("maxAhead")).getDays()
                + " days ahead of now.";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String param = rule.string("param");
        Duration ahead = Duration.parse(rule.string("maxAhead"));
        return List.of(new RuleInput("too far ahead", object(rule).put(param, now.plus(ahead).plus(Duration.ofDays(1)).toString()), param),
                new RuleInput("within the limit", object(rule).put(param, now.plus(Duration.ofDays(1)).toString()), null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        Duration limit = Duration.parse(rule.string("maxAhead"));
        request.put(rule.string("param"), request.now().plus(limit).plus(Duration.ofDays(2)).toString());
        return rule.string("param");
    }
}
