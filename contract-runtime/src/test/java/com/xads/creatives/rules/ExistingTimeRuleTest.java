package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class ExistingTimeRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'existingTime','param':'scheduled_at','code':'C','message':'m'}");

    @Test
    void aDateTheCalendarLacksBreaksIt() {
        assertEquals("scheduled_at", violations(RULE, json("{'scheduled_at':'2027-04-31'}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'scheduled_at':'2027-04-30T10:00+0100'}")).size());
        assertEquals(0, violations(RULE, json("{}")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequest() {
        assertTrue(RULE.kind().words(RULE).startsWith("`scheduled_at` must name a date and time that exist"));
        BreakableRequest request = request(Map.of());
        assertEquals("scheduled_at", RULE.kind().breakRequest(RULE, request));
        assertEquals("2027-02-30T10:00Z", request.query().get("scheduled_at"));
    }
}
