package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests generated from the contract (FuzzRequests) never get a 5xx; every error body is in the error format and
 * every 200 body is valid against its operation's schema. The number of tries comes from jqwik.tries.default
 * (src/test/resources/junit-platform.properties; pass -Djqwik.tries.default=100000 for a long run).
 */
class FuzzTest {

    private static final AtomicLong SENT = new AtomicLong();
    private static TestSandbox sandbox;

    @BeforeContainer
    static void start() {
        sandbox = TestSandbox.startWithoutRateLimits();
    }

    @AfterContainer
    static void stop() {
        sandbox.close();
        System.out.println("fuzz requests sent: " + SENT.get());
    }

    @Provide
    Arbitrary<FuzzRequests.Request> requests() {
        return FuzzRequests.any();
    }

    // the generators hold the boundary values themselves; jqwik's own edge cases would be built up front, all
    // combinations of them, and fill the heap on long runs
    @Property(seed = "20261122", edgeCases = EdgeCasesMode.NONE)
    void neverAServerErrorAndAlwaysTheContractsFormat(@ForAll("requests") FuzzRequests.Request request) throws Exception {
        RawHttp.Response response;
        try {
            response = RawHttp.send(sandbox.uri(), request.method(), request.target(), request.contentType(), request.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer (" + e + ") to " + request, e);
        } finally {
            SENT.incrementAndGet();
        }
        assertTrue(response.status() < 500, () -> response.status() + " " + response.text());
        JsonNode body = Conformance.parse(response.text());
        List<String> problems = Conformance.problems(request.method(), request.targetText(), response.status(),
                response.header("Content-Type"), response::header, body);
        assertEquals(List.of(), problems, response::text);
    }
}
