package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class AllowedValuesRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'allowedValues','where':{'type':'DETAILS'},"
            + "'property':'destination.type','values':['WEBSITE'],'code':'C','message':'m'}");

    @Test
    void aValueOutsideTheListBreaksIt() {
        assertEquals("destination.type", violations(RULE, json("{'type':'DETAILS','destination':{'type':'APP'}}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'type':'DETAILS','destination':{'type':'WEBSITE'}}")).size());
        assertEquals(0, violations(RULE, json("{'type':'BUTTON','destination':{'type':'APP'}}")).size(), "where does not hold");
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndNoWholeRequestBreak() {
        assertEquals("Where `type` = `DETAILS`, `destination.type` may only be `WEBSITE`.", RULE.kind().words(RULE));
        assertThrows(UnsupportedOperationException.class, () -> RULE.kind().breakRequest(RULE, request(Map.of())));
    }
}
