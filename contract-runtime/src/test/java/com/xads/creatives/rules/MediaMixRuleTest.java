package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class MediaMixRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'mediaMix','param':'media_keys','limits':{'IMAGE':4,'VIDEO':1},"
            + "'mixing':false,'prefixes':{'3':'IMAGE','13':'VIDEO'},'code':'C','message':'m'}");

    @Test
    void tooManyOrMixedBreakIt() {
        assertEquals("media_keys", violations(RULE, json("{'media_keys':['3_1','13_2']}")).get(0).parameter());
        assertEquals(1, violations(RULE, json("{'media_keys':['13_1','13_2']}")).size());
        assertEquals(0, violations(RULE, json("{'media_keys':['3_1','3_2','3_3','3_4']}")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequest() {
        assertEquals("`media_keys` takes at most 4 images, 1 video, and media types cannot be mixed.", RULE.kind().words(RULE));
        BreakableRequest request = request(Map.of());
        assertEquals("media_keys", RULE.kind().breakRequest(RULE, request));
        assertEquals("3_931236738554519552,13_958388276489895936", request.query().get("media_keys"));
    }
}
