package com.xads.creatives.rules;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xads.creatives.rules.RuleKindTesting.*;
import static org.junit.jupiter.api.Assertions.*;

class OnlyWithMediaTypeRuleTest {

    private static final Rule RULE = rule("{'id':'r','kind':'onlyWithMediaType','params':['title','description'],"
            + "'media':'media_key','types':['VIDEO'],'prefixes':{'3':'IMAGE','13':'VIDEO'},'code':'C','message':'m'}");

    @Test
    void aMemberForOtherMediaBreaksIt() {
        assertEquals("title", violations(RULE, json("{'media_key':'3_1','title':'t'}")).get(0).parameter());
        assertEquals(0, violations(RULE, json("{'media_key':'13_1','title':'t'}")).size());
        assertEquals(0, violations(RULE, json("{'media_key':'3_1'}")).size());
        assertInputsDecide(RULE);
    }

    @Test
    void wordsAndBrokenRequests() {
        assertEquals("`title` and `description` apply only when `media_key` is a video.", RULE.kind().words(RULE));
        BreakableRequest inQuery = request(Map.of("media_key", "13_1"));
        assertEquals("title", RULE.kind().breakRequest(RULE, inQuery));
        assertEquals(Map.of("media_key", "3_931236738554519552", "title", "a title"), inQuery.query());
        BreakableRequest inPath = new BreakableRequest("/accounts/a/media_library/13_1", Map.of(), null, NOW, n -> false);
        RULE.kind().breakRequest(RULE, inPath);
        assertEquals("/accounts/a/media_library/3_931236738554519552", inPath.path());
    }
}
