package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class MediaTypeRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'mediaType','param':'media_key','types':['IMAGE'],"
            + "'prefixes':{'3':'IMAGE','13':'VIDEO','16':'GIF'},'code':'C','message':'m'}");

    @Test
    void aKeyOfAnotherTypeBreaksIt() {
        assertEquals("media_key", violations(RULE, json("{'media_key':'13_1'}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'media_key':'3_1'}")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequest() {
        assertEquals("`media_key` must be the media key of an image.", RULE.kind().words(RULE));
        BreakableRequest request = request(Map.of("media_key", "3_1"));
        assertEquals("media_key", RULE.kind().breakRequest(RULE, request));
        assertEquals("13_958388276489895936", request.query().get("media_key"));
    }
}
