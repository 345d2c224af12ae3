package com.xads.creatives.contract;

import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.RuleViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Teeth of the x-rules: for every rule of every operation, at each of its scopes, inputs that break it are rejected
 * by that rule with the parameter at fault named, and inputs that keep it are not flagged by it.
 */
class RuleTeethTest {

    private static final AtomicInteger BREAKING = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();

    static List<RuleCases.Case> cases() {
        List<RuleCases.Case> cases = new ArrayList<>();
        OperationRules.fromDocument(Contract.DOCUMENT.root()).all().forEach((operationId, rules) ->
                rules.forEach(rule -> cases.addAll(RuleCases.of(operationId, rule))));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleDecidesAsDocumented(RuleCases.Case c) {
        List<RuleViolation> ofThisRule = Contract.EVALUATOR.evaluate(List.of(c.rule()), c.input(), c.rule().phase())
                .stream().filter(v -> v.ruleId().equals(c.rule().id())).toList();
        if (c.breaks()) {
            BREAKING.incrementAndGet();
            assertTrue(ofThisRule.stream().anyMatch(v -> v.parameter().equals(c.expectedParameter())),
                    "expected a violation naming " + c.expectedParameter() + " for " + c.input() + ", got " + ofThisRule);
            assertTrue(ofThisRule.stream().allMatch(v -> v.code().equals(c.rule().code())), "error code of " + c);
            REJECTED.incrementAndGet();
        } else {
            assertEquals(List.of(), ofThisRule, "input " + c.input());
        }
    }

    @Test
    void everyOperationRuleHasCases() {
        OperationRules.fromDocument(Contract.DOCUMENT.root()).all().forEach((operationId, rules) -> rules.forEach(rule ->
                assertTrue(RuleCases.of(operationId, rule).stream().anyMatch(RuleCases.Case::breaks), rule.id())));
    }

    @AfterAll
    static void report() {
        System.out.printf("rule mutation score: %d of %d rule-breaking inputs rejected%n", REJECTED.get(), BREAKING.get());
    }
}
