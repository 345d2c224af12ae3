package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static com.xads.creatives.rules.RuleEvaluator.isSet;
import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.list;
import static com.xads.creatives.rules.RuleSupport.mediaKey;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.types;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code onlyWithMediaType}: the {@code params} may be given only when the key in {@code media} is of {@code types}. */
final class OnlyWithMediaTypeRule implements RuleKind {

    @Override
    public String jsonName() {
        return "onlyWithMediaType";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        List<String> present = rule.strings("params").stream().filter(name -> isSet(object.node().get(name))).toList();
        String media = object.node().path(rule.string("media")).asText("");
        if (!present.isEmpty() && !rule.strings("types").contains(MediaKeyTypes.of(rule).typeOf(media))) {
            out.add(violation(rule, object.name(present.get(0))));
        }
    }

    @Override
    public String words(Rule rule) {
        return list(rule.strings("params"), "and") + " apply only when " + code(rule.string("media")) + " is "
                + types(rule.strings("types")) + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String first = rule.strings("params").get(0);
        String media = rule.string("media");
        return List.of(new RuleInput("member set for other media", object(rule).put(first, "x").put(media, mediaKey(rule, false, null)), first),
                new RuleInput("member set for allowed media", object(rule).put(first, "x").put(media, mediaKey(rule, true, null)), null));
    }

    /** The media (in the query, or the item path's id when the media is the object updated) becomes another type. */
    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        String key = BreakableRequest.keyOfAnotherType(rule);
        if (request.query().containsKey(rule.string("media"))) {
            request.put(rule.string("media"), key);
        } else {
            request.replaceLastSegment(key);
        }
        String parameter = rule.strings("params").get(0);
        request.add(parameter);
        return parameter;
    }
}
