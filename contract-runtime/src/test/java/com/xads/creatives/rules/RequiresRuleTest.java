package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class RequiresRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'requires','if':'second_cta','then':['second_cta_tweet'],"
            + "'code':'MISSING','message':'m'}");

    @Test
    void theConditionAloneBreaksItAndItsRequirementKeepsIt() {
        assertEquals("second_cta_tweet", violations(RULE, json("{'second_cta':'#a'}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'second_cta':'#a','second_cta_tweet':'t'}")).size());
        assertEquals(0, violations(RULE, json("{}")).size(), "no condition, nothing required");
        assertEquals(0, violations(RULE, json("{'second_cta':''}")).size(), "an empty value is not given");
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequest() {
        assertEquals("When `second_cta` is given, `second_cta_tweet` must be given too.", RULE.kind().words(RULE));
        BreakableRequest request = request(Map.of("second_cta_tweet", "t"));
        assertEquals("second_cta_tweet", RULE.kind().breakRequest(RULE, request));
        assertEquals(Map.of("second_cta", "#two"), request.query());
    }
}
