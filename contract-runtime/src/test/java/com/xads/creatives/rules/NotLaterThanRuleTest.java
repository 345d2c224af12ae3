package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class NotLaterThanRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'notLaterThan','param':'scheduled_at','maxAhead':'P365D',"
            + "'code':'C','message':'m'}");

    @Test
    void aTimeTooFarAheadBreaksIt() {
        assertEquals("scheduled_at", violations(RULE, json("{'scheduled_at':'2027-12-03T10:00:00Z'}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'scheduled_at':'2027-11-30T10:00:00Z'}")).size());
        assertEquals(0, violations(RULE, json("{'scheduled_at':'2027-02-30'}")).size(), "no time: another rule's case");
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequest() {
        assertEquals("`scheduled_at` can be at most 365 days ahead of now.", RULE.kind().words(RULE));
        BreakableRequest request = request(Map.of());
        RULE.kind().breakRequest(RULE, request);
        assertEquals("2027-12-03T10:00:00Z", request.query().get("scheduled_at"));
    }
}
