package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each rule kind's test does with its sample rule: parse it, evaluate inputs, and change a request. */
final class RuleKindTesting {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleKindTesting() {
    }

    static Rule rule(String json) {
        return Rule.fromJson(json(json));
    }

    static JsonNode json(String json) {
        try {
            return JSON.readTree(json.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    /** The rule's violations by one top-level input. */
    static List<RuleViolation> violations(Rule rule, JsonNode input) {
        return new RuleEvaluator(Clock.fixed(NOW, ZoneOffset.UTC)).evaluate(List.of(rule), input, rule.phase());
    }

    /** Every input the kind gives breaks the rule naming its member, or keeps it; both sorts are there. */
    static void assertInputsDecide(Rule rule) {
        List<RuleInput> inputs = rule.kind().inputs(rule, NOW);
        assertTrue(inputs.stream().anyMatch(RuleInput::breaks), "an input that breaks " + rule.id());
        assertTrue(inputs.stream().anyMatch(i -> !i.breaks()), "an input that keeps " + rule.id());
        for (RuleInput input : inputs) {
            List<RuleViolation> found = violations(rule, input.value());
            if (input.breaks()) {
                assertFalse(found.isEmpty(), input.variant());
                assertEquals(input.member(), found.get(0).parameter(), input.variant());
                assertEquals(rule.code(), found.get(0).code(), input.variant());
            } else {
                assertEquals(List.of(), found, input.variant());
            }
        }
    }

    static BreakableRequest request(Map<String, String> query) {
        return new BreakableRequest("/accounts/a/things/x", query, null, NOW, name -> false);
    }
}
