package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
                rule.kind().check(rule, object, clock, violations);
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
}
