package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the {@code x-rules} of an operation against one request. The input is a JSON object holding the
 * request's path and query parameters (typed: lists as arrays, flags as booleans) and the members of its JSON body.
 *
 * <p>A member counts as <em>set</em> when it is present and not null, not an empty string, not an empty array
 * and not {@code false}: a flag sent as false asks for nothing.
 */
public final class RuleEvaluator {

    private final Clock clock;

    public RuleEvaluator(Clock clock) {
        this.clock = clock;
    }

    /** The violations of the rules of the given phase; empty when the input keeps them all. */
    public List<RuleViolation> evaluate(List<Rule> rules, JsonNode input, Rule.Phase phase) {
        List<RuleViolation> violations = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.phase() != phase) {
                continue;
            }
            for (ScopedObject object : scopedObjects(rule, input)) {
                check(rule, object, violations);
            }
        }
        return violations;
    }

    private static List<ScopedObject> scopedObjects(Rule rule, JsonNode input) {
        List<ScopedObject> objects = new ArrayList<>();
        if (rule.scopes().isEmpty()) {
            objects.add(new ScopedObject("", input));
        } else {
            rule.scopes().forEach(scope -> objects.addAll(ScopedObject.resolve(input, scope)));
        }
        objects.removeIf(object -> !matches(rule.where(), object.node()));
        return objects;
    }

    private static boolean matches(Map<String, String> where, JsonNode node) {
        for (Map.Entry<String, String> condition : where.entrySet()) {
            if (!node.isObject() || !condition.getValue().equals(node.path(condition.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private void check(Rule rule, ScopedObject object, List<RuleViolation> out) {
        JsonNode node = object.node();
        switch (rule.kind()) {
            case REQUIRES -> {
                if (isSet(node.get(rule.string("if")))) {
                    rule.strings("then").stream().filter(name -> !isSet(node.get(name))).findFirst()
                            .ifPresent(name -> out.add(violation(rule, object.name(name))));
                }
            }
            case AT_LEAST_ONE -> {
                List<String> of = rule.strings("of");
                if (of.stream().noneMatch(name -> isSet(node.get(name)))) {
                    out.add(violation(rule, object.name(of.get(0))));
                }
            }
            case EXCLUSIVE -> {
                List<String> present = rule.strings("of").stream().filter(name -> isSet(node.get(name))).toList();
                if (present.size() > 1) {
                    out.add(violation(rule, object.name(present.get(1))));
                }
            }
            case SHAPE -> checkShape(rule, object, out);
            case SEQUENCE -> checkSequence(rule, object, out);
            case ALLOWED_VALUES -> {
                String property = rule.string("property");
                JsonNode value = node.at("/" + property.replace('.', '/'));
                if (isSet(value) && !rule.strings("values").contains(value.asText())) {
                    out.add(violation(rule, object.name(property)));
                }
            }
            case MEDIA_TYPE -> {
                MediaKeyTypes types = MediaKeyTypes.of(rule);
                String param = rule.string("param");
                for (String key : texts(node.get(param))) {
                    if (!rule.strings("types").contains(types.typeOf(key))) {
                        out.add(violation(rule, object.name(param)));
                        break;
                    }
                }
            }
            case MEDIA_MIX -> checkMediaMix(rule, object, out);
            case ONLY_WITH_MEDIA_TYPE -> {
                List<String> present = rule.strings("params").stream().filter(name -> isSet(node.get(name))).toList();
                String media = node.path(rule.string("media")).asText("");
                if (!present.isEmpty() && !rule.strings("types").contains(MediaKeyTypes.of(rule).typeOf(media))) {
                    out.add(violation(rule, object.name(present.get(0))));
                }
            }
            case EXISTING_TIME -> {
                String param = rule.string("param");
                String text = node.path(param).asText("");
                if (!text.isEmpty() && ApiTime.parse(text).isEmpty()) {
                    out.add(violation(rule, object.name(param)));
                }
            }
            case NOT_LATER_THAN -> {
                String param = rule.string("param");
                Instant when = parseTime(node.path(param).asText(""));
                Instant limit = clock.instant().plus(Duration.parse(rule.string("maxAhead")));
                if (when != null && when.isAfter(limit)) {
                    out.add(violation(rule, object.name(param)));
                }
            }
        }
    }

    private static void checkShape(Rule rule, ScopedObject object, List<RuleViolation> out) {
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

    private static void checkSequence(Rule rule, ScopedObject object, List<RuleViolation> out) {
        JsonNode items = object.node();
        JsonNode slots = rule.definition().path("slots");
        if (!items.isArray()) {
            return;
        }
        boolean fits = items.size() == slots.size();
        String property = rule.string("property");
        for (int i = 0; fits && i < items.size(); i++) {
            String value = items.get(i).path(property).asText();
            boolean allowed = false;
            for (JsonNode slot : slots.get(i)) {
                allowed |= slot.asText().equals(value);
            }
            fits = allowed;
        }
        if (!fits) {
            out.add(violation(rule, object.path()));
        }
    }

    private static void checkMediaMix(Rule rule, ScopedObject object, List<RuleViolation> out) {
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

    /** Whether a member counts as given; see the class comment. */
    public static boolean isSet(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        if (value.isArray() || value.isObject()) {
            return !value.isEmpty();
        }
        return !value.isBoolean() || value.asBoolean();
    }

    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.asText()));
        } else if (!value.asText().isEmpty()) {
            texts.add(value.asText());
        }
        return texts;
    }

    /** The instant of a time parameter (ApiTime); null when it has none, which the parameter's schema refuses. */
    private static Instant parseTime(String text) {
        return ApiTime.parse(text).orElse(null);
    }

    private static RuleViolation violation(Rule rule, String parameter) {
        return new RuleViolation(rule.id(), rule.code(), parameter, rule.message());
    }
}
