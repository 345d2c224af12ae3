package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class AtLeastOneRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'atLeastOne','of':['text','media_keys'],'code':'C','message':'m'}");
    private static final Rule ON_RESULT = rule("{'id':'r','kind':'atLeastOne','of':['text','media_keys'],'on':'result',"
            + "'code':'C','message':'m'}");

    @Test
    void noneBreaksItAndOneKeepsIt() {
        assertEquals("text", violations(RULE, json("{}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'media_keys':['3_1']}")).size());
        assertEquals(1, violations(RULE, json("{'media_keys':[]}")).size(), "an empty list is not given");
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequests() {
        assertEquals("Give at least one of `text` or `media_keys`.", RULE.kind().words(RULE));
        BreakableRequest request = request(Map.of("text", "hi", "as_user_id", "1"));
        assertEquals("text", RULE.kind().breakRequest(RULE, request));
        assertEquals(Map.of("as_user_id", "1"), request.query());
        BreakableRequest update = new BreakableRequest("/p", Map.of("text", "hi"), null, NOW, "text"::equals);
        assertEquals("text", ON_RESULT.kind().breakRequest(ON_RESULT, update), "unset where the contract allows empty");
        assertEquals(Map.of("text", ""), update.query());
        BreakableRequest unbreakable = new BreakableRequest("/p", Map.of("text", "hi"), null, NOW, name -> false);
        assertNull(ON_RESULT.kind().breakRequest(ON_RESULT, unbreakable), "nothing can unset them");
    }
}
