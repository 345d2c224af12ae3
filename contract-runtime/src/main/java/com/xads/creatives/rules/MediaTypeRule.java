package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.mediaKey;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.texts;
import static com.xads.creatives.rules.RuleSupport.types;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code mediaType}: every media key of {@code param} is of one of {@code types} (judged by its prefix). */
final class MediaTypeRule implements RuleKind {

    @Override
    public String jsonName() {
        return "mediaType";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        MediaKeyTypes types = MediaKeyTypes.of(rule);
        String param = rule.string("param");
        for (String key : texts(object.node().get(param))) {
            if (!rule.strings("types").contains(types.typeOf(key))) {
                out.add(violation(rule, object.name(param)));
                break;
            }
        }
    }

    @Override
    public String words(Rule rule) {
        return code(rule.string("param")) + " must be the media key of " + types(rule.strings("types")) + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String param = rule.string("param");
        return List.of(new RuleInput("media of another type", object(rule).put(param, mediaKey(rule, false, null)), param),
                new RuleInput("media of an allowed type", object(rule).put(param, mediaKey(rule, true, null)), null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        request.put(rule.string("param"), BreakableRequest.keyOfAnotherType(rule));
        return rule.string("param");
    }
}
