package com.xads.creatives.contract;

import com.xads.creatives.rules.RuleEvaluator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared, loaded-once view of the contract for the tests. */
final class Contract {

    /** Rules that depend on the time are checked against this fixed moment, so results do not drift. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static final ContractDocument DOCUMENT = ContractDocument.load();
    static final ContractSchemas SCHEMAS = new ContractSchemas(DOCUMENT);
    static final ExampleCatalog EXAMPLES = new ExampleCatalog(DOCUMENT);
    static final RuleEvaluator EVALUATOR = new RuleEvaluator(Clock.fixed(NOW, ZoneOffset.UTC));
    static final RequestCheck REQUESTS = new RequestCheck(DOCUMENT, SCHEMAS, EVALUATOR);

    private Contract() {
    }
}
