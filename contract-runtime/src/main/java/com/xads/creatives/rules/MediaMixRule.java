package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.xads.creatives.rules.RuleSupport.NODES;
import static com.xads.creatives.rules.RuleSupport.code;
import static com.xads.creatives.rules.RuleSupport.mediaKey;
import static com.xads.creatives.rules.RuleSupport.object;
import static com.xads.creatives.rules.RuleSupport.texts;
import static com.xads.creatives.rules.RuleSupport.violation;

/** {@code mediaMix}: the keys of {@code param} hold at most {@code limits} of each type, and one type unless {@code mixing}. */
final class MediaMixRule implements RuleKind {

    @Override
    public String jsonName() {
        return "mediaMix";
    }

    @Override
    public void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out) {
        MediaKeyTypes types = MediaKeyTypes.of(rule);
        String param = rule.string("param");
        Map<String, Integer> counts = new HashMap<>();
        for (String key : texts(object.node().get(param))) {
            String type = types.typeOf(key);
            if (type != null) {
                counts.merge(type, 1, Integer::sum);
            }
        }
        JsonNode limits = rule.definition().path("limits");
        boolean overLimit = counts.entrySet().stream()
                .anyMatch(e -> limits.has(e.getKey()) && e.getValue() > limits.get(e.getKey()).asInt());
        boolean mixed = !rule.definition().path("mixing").asBoolean(true) && counts.size() > 1;
        if (overLimit || mixed) {
            out.add(violation(rule, object.name(param)));
        }
    }

    @Override
    public String words(Rule rule) {
        Map<String, Integer> sorted = new TreeMap<>();
        rule.definition().path("limits").fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asInt()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((type, max) -> parts.add(max + " " + type.toLowerCase() + (max > 1 ? "s" : "")));
        return code(rule.string("param")) + " takes at most " + String.join(", ", parts)
                + (rule.definition().path("mixing").asBoolean(true) ? "" : ", and media types cannot be mixed") + ".";
    }

    @Override
    public List<RuleInput> inputs(Rule rule, Instant now) {
        String param = rule.string("param");
        ArrayNode mixed = NODES.arrayNode().add(mediaKey(rule, true, "IMAGE")).add(mediaKey(rule, true, "VIDEO"));
        ArrayNode tooMany = NODES.arrayNode();
        for (int i = 0; i <= rule.definition().path("limits").path("IMAGE").asInt(); i++) {
            tooMany.add(mediaKey(rule, true, "IMAGE"));
        }
        ArrayNode fine = NODES.arrayNode().add(mediaKey(rule, true, "IMAGE")).add(mediaKey(rule, true, "IMAGE"));
        return List.of(new RuleInput("an image and a video", object(rule).set(param, mixed), param),
                new RuleInput("more images than allowed", object(rule).set(param, tooMany), param),
                new RuleInput("two images", object(rule).set(param, fine), null));
    }

    @Override
    public String breakRequest(Rule rule, BreakableRequest request) {
        request.put(rule.string("param"), BreakableRequest.KEY_OF_TYPE.get("IMAGE") + "," + BreakableRequest.KEY_OF_TYPE.get("VIDEO"));
        return rule.string("param");
    }
}
