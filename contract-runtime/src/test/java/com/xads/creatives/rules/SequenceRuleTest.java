package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class SequenceRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'sequence','property':'type',"
            + "'slots':[['MEDIA','SWIPEABLE_MEDIA'],['DETAILS','BUTTON']],'code':'C','message':'m'}");

    @Test
    void orderAndCountDecide() {
        assertEquals("", violations(RULE, json("[{'type':'DETAILS'},{'type':'MEDIA'}]")).get(0).parameter());
        assertEquals(1, violations(RULE, json("[{'type':'MEDIA'}]")).size());
        assertEquals(0, violations(RULE, json("[{'type':'SWIPEABLE_MEDIA'},{'type':'BUTTON'}]")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndNoWholeRequestBreak() {
        assertEquals("The items must come in this order by `type`: `MEDIA` or `SWIPEABLE_MEDIA`, then `DETAILS` or `BUTTON`.",
                RULE.kind().words(RULE));
        assertThrows(UnsupportedOperationException.class, () -> RULE.kind().breakRequest(RULE, request(Map.of())));
    }
}
