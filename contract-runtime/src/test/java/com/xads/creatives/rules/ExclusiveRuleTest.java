package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class ExclusiveRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'exclusive','of':['components','slides'],'code':'C','message':'m'}");

    @Test
    void bothBreakItAndOneKeepsIt() {
        assertEquals("slides", violations(RULE, json("{'components':[{}],'slides':[[{}]]}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'components':[{}]}")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequests() {
        assertEquals("Give at most one of `components` and `slides`.", RULE.kind().words(RULE));
        ObjectNode body = (ObjectNode) json("{'components':[{'type':'MEDIA'}]}");
        BreakableRequest request = new BreakableRequest("/p", Map.of(), body, NOW, name -> false);
        assertEquals("slides", RULE.kind().breakRequest(RULE, request));
        assertEquals(json("[[{'type':'MEDIA'}]]"), body.get("slides"));
        Rule inQuery = rule("{'id':'r','kind':'exclusive','of':['third_cta','fourth_cta'],'code':'C','message':'m'}");
        BreakableRequest query = request(Map.of());
        assertEquals("fourth_cta", inQuery.kind().breakRequest(inQuery, query));
        assertEquals(Map.of("third_cta", "#three", "fourth_cta", "#four"), query.query());
    }
}
