package com.xads.creatives.bench;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;

/** The largest documented response payloads, by operation and example key, the JMH benchmarks work on. */
final class LargestPayloads {

    static final ContractDocument DOCUMENT = ContractDocument.load();
    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(DOCUMENT);

    private LargestPayloads() {
    }

    /** {@code payload} is {@code operationId/key} of a response example. */
    static ExampleCatalog.PayloadExample of(String payload) {
        String[] parts = payload.split("/");
        return EXAMPLES.payloads().stream()
                .filter(p -> p.part() == ExampleCatalog.Part.RESPONSE && p.operationId().equals(parts[0]) && p.key().equals(parts[1]))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no response example " + payload));
    }
}
