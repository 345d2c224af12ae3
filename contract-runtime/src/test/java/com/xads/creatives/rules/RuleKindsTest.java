package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import static com.xads.creatives.rules.RuleKindTesting.rule;
import static org.junit.jupiter.api.Assertions.*;

/** Every kind is listed once, each has its own test class, and a kind no class holds stops the build. */
class RuleKindsTest {

    @Test
    void anUnknownKindFailsNamingTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rule("{'id':'made-up','kind':'soundsLike','code':'C','message':'m'}"));
        assertEquals("rule made-up has unknown kind 'soundsLike'", e.getMessage());
    }

    @Test
    void eachKindIsListedOnceAndHasItsTest() throws ClassNotFoundException {
        Set<String> names = new HashSet<>();
        for (RuleKind kind : RuleKinds.ALL) {
            assertTrue(names.add(kind.jsonName()), kind.jsonName() + " listed twice");
            assertSame(kind, RuleKinds.of(kind.jsonName(), "any"));
            Class.forName(kind.getClass().getName() + "Test");
        }
    }

    @Test
    void everyRuleOfTheContractHasAKind() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/openapi.json")) {
            OperationRules rules = OperationRules.fromDocument(new ObjectMapper().readTree(in));
            assertFalse(rules.of("createCard").isEmpty());
        }
    }
}
