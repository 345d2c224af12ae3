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
 * every 200 body is valid against its operation's schema. Two sandboxes: one that does not check signatures, and
 * one that does, sent the same requests signed by a real OAuth 1.0a signer or with broken signatures
 * (SignedFuzzRequests); there a valid signature is never refused. The number of tries of each comes from
 * jqwik.tries.default (src/test/resources/junit-platform.properties; -Djqwik.tries.default=50000 for a long run of
 * 100,000 requests, half of them signed).
 */
class FuzzTest {

    private static final AtomicLong SENT = new AtomicLong();
    private static final AtomicLong SENT_SIGNED = new AtomicLong();
    private static final AtomicLong SERVER_ERRORS = new AtomicLong();
    private static TestSandbox sandbox;
    private static TestSandbox verifying;

    @BeforeContainer
    static void start() {
        sandbox = TestSandbox.startWithoutRateLimits();
        verifying = TestSandbox.startWithoutRateLimits(true);
    }

    @AfterContainer
    static void stop() {
        sandbox.close();
        verifying.close();
        System.out.println("fuzz requests sent: " + (SENT.get() + SENT_SIGNED.get()) + " (" + SENT_SIGNED.get()
                + " to the verifying sandbox), answers 5xx: " + SERVER_ERRORS.get());
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
        assertConforms(request.method(), request.targetText(), response);
    }

    @Provide
    Arbitrary<SignedFuzzRequests.Request> signedRequests() {
        return SignedFuzzRequests.any();
    }

    @Property(seed = "20261201", edgeCases = EdgeCasesMode.NONE)
    void throughTheVerifierToo(@ForAll("signedRequests") SignedFuzzRequests.Request request) throws Exception {
        SignedFuzzRequests.Authorization authorization = SignedFuzzRequests.authorization(verifying.uri(), request);
        RawHttp.Response response;
        try {
            response = RawHttp.send(verifying.uri(), request.method(), request.target(), request.base().contentType(),
                    request.base().body(), SignedFuzzRequests.headers(authorization));
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer (" + e + ") to " + request, e);
        } finally {
            SENT_SIGNED.incrementAndGet();
        }
        assertConforms(request.method(), request.targetText(), response);
        if (authorization != null && authorization.valid()) {
            assertTrue(response.status() != 401, () -> "a valid signature was refused: " + response.text() + " for " + request);
        }
    }

    private static void assertConforms(String method, String target, RawHttp.Response response) {
        if (response.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertTrue(response.status() < 500, () -> response.status() + " " + response.text());
        JsonNode body = Conformance.parse(response.text());
        List<String> problems = Conformance.problems(method, target, response.status(),
                response.header("Content-Type"), response::header, body);
        assertEquals(List.of(), problems, response::text);
    }
}
