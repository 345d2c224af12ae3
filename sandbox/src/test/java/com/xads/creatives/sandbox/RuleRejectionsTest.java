package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.check.RuleBreakingRequests;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;
import com.xads.creatives.rules.RuleEvaluator;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every x-rule of every operation, a request that breaks it gets a 400 whose errors name the rule's code and
 * parameter. A rule on the result of an update whose members no parameter can unset cannot be broken by a request;
 * for those the update is sent and its result must keep the rule.
 */
class RuleRejectionsTest {

    private static final RuleBreakingRequests BREAKERS = new RuleBreakingRequests(Conformance.DOCUMENT);
    private static final OperationRules RULES = OperationRules.fromDocument(Conformance.DOCUMENT.root());

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    static List<RuleBreakingRequests.Broken> brokenRequests() {
        List<RuleBreakingRequests.Broken> broken = new ArrayList<>();
        Instant now = Instant.now();
        for (ContractDocument.Operation op : Conformance.DOCUMENT.operations()) {
            for (Rule rule : RULES.of(op.id())) {
                broken.add(BREAKERS.of(op.id(), rule, now));
            }
        }
        return broken;
    }

    @Test
    void everyRuleOfTheContractIsTried() {
        long rules = Conformance.DOCUMENT.operations().stream().mapToLong(op -> RULES.of(op.id()).size()).sum();
        assertEquals(rules, brokenRequests().size());
        assertTrue(rules >= 84, "the contract has " + rules + " rules");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRequests")
    void isRejectedNamingTheParameter(RuleBreakingRequests.Broken broken) {
        TestSandbox.Call call = TestSandbox.Call.of(broken.method(), "/12" + broken.path()).query(broken.query());
        TestSandbox.Reply reply = sandbox.send(broken.body() == null ? call : call.json(broken.body()));
        if (broken.parameter() == null) {
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(List.of(), new RuleEvaluator(Clock.systemUTC())
                    .evaluate(List.of(broken.rule()), reply.json().path("data"), Rule.Phase.RESULT), "the result keeps the rule");
            return;
        }
        assertEquals(400, reply.status(), reply::toString);
        boolean named = false;
        for (JsonNode error : reply.json().path("errors")) {
            named |= error.path("code").asText().equals(broken.rule().code())
                    && error.path("parameter").asText().equals(broken.parameter());
        }
        assertTrue(named, "expected " + broken.rule().code() + " naming " + broken.parameter() + ", got " + reply);
    }
}
