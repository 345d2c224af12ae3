package com.xads.creatives.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every embedded example, response and request, is valid against the contract. */
class ExamplesValidateTest {

    private static final AtomicInteger PAYLOADS = new AtomicInteger();
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    static List<ExampleCatalog.PayloadExample> payloads() {
        return Contract.EXAMPLES.payloads();
    }

    static List<ExampleCatalog.RequestExample> requests() {
        return Contract.EXAMPLES.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloads")
    void payloadExampleIsValid(ExampleCatalog.PayloadExample example) {
        List<String> problems = Contract.SCHEMAS.validate(example.schemaPointer(), example.value());
        assertEquals(List.of(), problems, example.toString());
        PAYLOADS.incrementAndGet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void exampleRequestIsAccepted(ExampleCatalog.RequestExample example) {
        var body = example.bodyKey() == null ? null
                : Contract.EXAMPLES.requestBody(example.operationId(), example.bodyKey());
        List<RequestProblem> problems = Contract.REQUESTS.check(example.operationId(), example.path(), example.query(), body);
        assertEquals(List.of(), problems, example.toString());
        assertTrue(example.bodyKey() == null || body != null, "body example " + example.bodyKey() + " exists");
        REQUESTS.incrementAndGet();
    }

    @AfterAll
    static void report() {
        System.out.printf("examples validated: %d payloads (responses and request bodies), %d example requests%n",
                PAYLOADS.get(), REQUESTS.get());
    }
}
