package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class ShapeRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'shape','scope':'components[]','where':{'type':'MEDIA'},"
            + "'required':['media_key'],'allowed':['media_key','media_metadata'],'code':'C','message':'m'}");

    @Test
    void aMissingOrUndocumentedMemberBreaksIt() {
        assertEquals("components[0].media_key", violations(RULE, json("{'components':[{'type':'MEDIA'}]}")).get(0).parameter());
        assertEquals("components[0].label",
                violations(RULE, json("{'components':[{'type':'MEDIA','media_key':'3_1','label':'x'}]}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'components':[{'type':'MEDIA','media_key':'3_1'},{'type':'DETAILS'}]}")).size(),
                "only members where type is MEDIA");
    }

    @Test
    void inputsWordsAndNoWholeRequestBreak() {
        Rule topLevel = rule("{'id':'r','kind':'shape','where':{'type':'MEDIA'},'required':['media_key'],"
                + "'allowed':['media_key'],'code':'C','message':'m'}");
        assertInputsDecide(topLevel);
        assertEquals("A member with `type` = `MEDIA` needs `media_key` and may hold only `media_key` and `media_metadata`.",
                RULE.kind().words(RULE));
        assertThrows(UnsupportedOperationException.class, () -> RULE.kind().breakRequest(RULE, request(Map.of())));
    }
}
