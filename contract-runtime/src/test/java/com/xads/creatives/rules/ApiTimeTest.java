package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiTimeTest {

    private static final Instant NINE_UTC = Instant.parse("2099-01-01T09:00:00Z");

    @Test
    void everyOffsetFormIsTheSameInstant() {
        for (String text : List.of("2099-01-01T09:00Z", "2099-01-01T09:00:00Z", "2099-01-01T10:00+01:00",
                "2099-01-01T10:00+0100", "2099-01-01T10:00:00+0100", "2099-01-01T04:30-04:30", "2099-01-01T04:30-0430")) {
            assertEquals(Optional.of(NINE_UTC), ApiTime.parse(text), text);
        }
        assertEquals(Optional.of(Instant.parse("2099-01-01T00:00:00Z")), ApiTime.parse("2099-01-01"));
    }

    @Test
    void timesThatDoNotExistHaveNoReading() {
        for (String text : List.of("0000-00-00", "2027-13-45", "2027-02-30", "2027-02-29T10:00Z", "2027-01-01T24:00Z",
                "2027-01-01T10:60Z", "2027-01-01T10:00+2500", "2027-01-01T10:00", "2027-01-01T10Z", "yesterday", "",
                "2027-01-01T10:00:00.5Z")) {
            assertEquals(Optional.empty(), ApiTime.parse(text), text);
        }
        assertEquals(Optional.of(Instant.parse("2028-02-29T10:00:00Z")), ApiTime.parse("2028-02-29T10:00Z"));
    }

    /** The one-year rule of scheduled_at reads +0100 as the instant it is (it used to give up and let it pass). */
    @Test
    void theOneYearRuleRefusesATimeWithACompactOffset() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/openapi.json")) {
            List<Rule> rules = OperationRules.fromDocument(json.readTree(in)).of("createScheduledTweet");
            RuleEvaluator evaluator = new RuleEvaluator(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
            for (String at : List.of("2099-01-01T10:00+0100", "2099-01-01T09:00:00Z", "2099-01-01T10:00+01:00")) {
                ObjectNode params = json.createObjectNode().put("scheduled_at", at).put("text", "later")
                        .put("as_user_id", "756201191646691328");
                List<RuleViolation> violations = evaluator.evaluate(rules, params, Rule.Phase.REQUEST);
                assertEquals(List.of("scheduled_at"), violations.stream().map(RuleViolation::parameter).toList(), at);
            }
            ObjectNode soon = json.createObjectNode().put("scheduled_at", "2027-01-01T10:00+0100").put("text", "soon")
                    .put("as_user_id", "756201191646691328");
            assertEquals(List.of(), evaluator.evaluate(rules, soon, Rule.Phase.REQUEST));
        }
    }
}
