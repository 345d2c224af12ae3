package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults on demand through /_sandbox/faults: which requests get them, what each fault answers, list, clear, reset. */
class FaultsTest {

    private static final String ONE = "/12/accounts/18ce54d4x5t/cards/poll/57i8t";
    private static final String POLLS = "/12/accounts/18ce54d4x5t/cards/poll";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static JsonNode fault(String json) {
        return sandbox.control("/_sandbox/faults", parse(json)).path("data");
    }

    private static JsonNode parse(String json) {
        try {
            return TestSandbox.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static int get(String path) {
        return sandbox.send("GET", path, Map.of(), null).status();
    }

    @Test
    void theNextNRequestsOfTheOperationGetTheFaultThenAnswersAreAsUsual() {
        fault("{\"operation\": \"getPollCard\", \"count\": 2, \"fault\": \"unavailable\", \"retry_after\": 3}");
        assertEquals(200, get(POLLS), "another operation is not matched");
        TestSandbox.Reply first = sandbox.send("GET", ONE, Map.of(), null);
        assertEquals(503, first.status());
        assertEquals("3", first.header("retry-after"));
        assertEquals("OVER_CAPACITY", first.json().path("errors").path(0).path("code").asText());
        assertEquals(503, get(ONE));
        assertEquals(200, get(ONE));
        assertEquals(0, sandbox.send("GET", "/_sandbox/faults", Map.of(), null).json().path("total_count").asInt(),
                "a used-up rule is dropped");
    }

    @Test
    void aRateLimitFaultHasConsistentHeadersAndAResetOnTheSandboxClock() {
        Instant now = sandbox.now();
        fault("{\"operation\": \"getPollCard\", \"fault\": \"rate_limited\", \"reset_seconds\": 30}");
        TestSandbox.Reply limited = sandbox.send("GET", ONE, Map.of(), null);
        assertEquals(429, limited.status());
        assertEquals("TOO_MANY_REQUESTS", limited.json().path("errors").path(0).path("code").asText());
        assertEquals("0", limited.header("x-rate-limit-remaining"));
        assertEquals("0", limited.header("x-account-rate-limit-remaining"));
        assertEquals(limited.header("x-rate-limit-limit"), limited.header("x-account-rate-limit-limit"));
        long reset = Long.parseLong(limited.header("x-rate-limit-reset"));
        assertTrue(reset >= now.getEpochSecond() + 29 && reset <= now.getEpochSecond() + 32, reset + " vs " + now);
        assertEquals(limited.header("x-rate-limit-reset"), limited.header("x-account-rate-limit-reset"));
        assertEquals(200, get(ONE));
    }

    @Test
    void a429SaysTooManyRequestsOnItsStatusLine() throws Exception {
        fault("{\"operation\": \"getPollCard\", \"fault\": \"rate_limited\"}");
        try (java.net.Socket socket = new java.net.Socket(sandbox.uri().getHost(), sandbox.uri().getPort())) {
            socket.getOutputStream().write(("GET " + ONE + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 429 Too Many Requests\r\n"), head.lines().findFirst().orElse(""));
        }
    }

    @Test
    void aMethodAndPathPatternMatchesWithoutAnOperation() {
        fault("{\"method\": \"POST\", \"path\": \"/12/accounts/*/cards/**\", \"fault\": \"rate_limited\"}");
        assertEquals(200, get(ONE), "GET is not matched");
        ObjectNode none = TestSandbox.JSON.createObjectNode();
        assertEquals(429, sandbox.send("POST", POLLS, Map.of("name", "x", "duration_in_minutes", "60",
                "first_choice", "a", "second_choice", "b"), none).status());
    }

    @Test
    void aServerErrorIsTheApiErrorBody() throws Exception {
        fault("{\"operation\": \"getPollCard\", \"fault\": \"server_error\"}");
        // the contract documents no 500, so this is read raw rather than through the conformance check
        RawHttp.Response answer = RawHttp.send(sandbox.uri(), "GET", ONE.getBytes(StandardCharsets.US_ASCII), null, null);
        assertEquals(500, answer.status());
        assertEquals("INTERNAL_ERROR", TestSandbox.JSON.readTree(answer.text()).path("errors").path(0).path("code").asText());
    }

    @Test
    void aDelayWaitsThenAnswersAsUsual() {
        fault("{\"operation\": \"getPollCard\", \"fault\": \"delay\", \"delay_ms\": 300}");
        long started = System.nanoTime();
        assertEquals(200, get(ONE));
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 300, "answered before the delay");
        JsonNode entry = sandbox.send("GET", "/_sandbox/requests", Map.of("operation", "getPollCard"), null).json()
                .path("data").path(0);
        assertEquals("delay", entry.path("fault").asText());
        assertTrue(entry.path("millis").asLong() >= 300, entry.toString());
    }

    @Test
    void aDisconnectClosesTheConnectionWithoutAnAnswer() {
        fault("{\"operation\": \"getPollCard\", \"fault\": \"disconnect\"}");
        assertThrows(IOException.class,
                () -> RawHttp.send(sandbox.uri(), "GET", ONE.getBytes(StandardCharsets.US_ASCII), null, null));
        assertEquals(200, get(ONE), "the next request is answered");
        assertEquals(0, sandbox.send("GET", "/_sandbox/requests", Map.of("operation", "getPollCard"), null).json()
                .path("data").path(0).path("status").asInt(), "journaled with no status");
    }

    @Test
    void aPercentageFaultsSomeRequestsOnly() {
        fault("{\"operation\": \"getPollCard\", \"count\": 0, \"percent\": 50, \"fault\": \"server_error\"}");
        int faulted = 0;
        for (int i = 0; i < 200; i++) {
            try {
                if (RawHttp.send(sandbox.uri(), "GET", ONE.getBytes(StandardCharsets.US_ASCII), null, null).status() == 500) {
                    faulted++;
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(faulted > 50 && faulted < 150, faulted + " of 200 at 50%");
    }

    @Test
    void faultsAreListedClearedAndGoneAfterAReset() {
        JsonNode added = fault("{\"operation\": \"getPollCard\", \"count\": 3, \"fault\": \"server_error\"}");
        assertEquals("getPollCard", added.path("operation").asText());
        assertEquals(3, added.path("remaining").asInt());
        fault("{\"path\": \"/12/**\", \"count\": 0, \"fault\": \"delay\", \"delay_ms\": 1}");
        JsonNode listed = sandbox.send("GET", "/_sandbox/faults", Map.of(), null).json();
        assertEquals(2, listed.path("total_count").asInt());
        assertTrue(listed.path("data").path(1).path("remaining").isNull(), "every request until cleared");
        assertEquals(0, sandbox.send("DELETE", "/_sandbox/faults", Map.of(), null).json().path("total_count").asInt());
        fault("{\"operation\": \"getPollCard\", \"fault\": \"server_error\"}");
        sandbox.reset();
        assertEquals(200, get(ONE), "a reset clears the faults");
    }

    @Test
    void aBadFaultIsRefusedNamingTheParameter() {
        Map<String, String> refusals = Map.of(
                "{\"fault\": \"server_error\"}", "operation",
                "{\"operation\": \"getPolCard\", \"fault\": \"server_error\"}", "operation",
                "{\"operation\": \"getPollCard\", \"fault\": \"explode\"}", "fault",
                "{\"operation\": \"getPollCard\", \"fault\": \"delay\"}", "delay_ms",
                "{\"operation\": \"getPollCard\", \"count\": -1, \"fault\": \"server_error\"}", "count",
                "{\"operation\": \"getPollCard\", \"percent\": 101, \"fault\": \"server_error\"}", "percent",
                "{\"method\": \"PATCH\", \"fault\": \"server_error\"}", "method",
                "{\"path\": \"12/**\", \"fault\": \"server_error\"}", "path");
        refusals.forEach((body, parameter) -> {
            TestSandbox.Reply reply = sandbox.send("POST", "/_sandbox/faults", Map.of(), parse(body));
            assertEquals(400, reply.status(), body);
            assertEquals("INVALID_PARAMETER " + parameter, reply.firstError(), body);
        });
        assertNull(sandbox.send("GET", "/_sandbox/faults", Map.of(), null).json().path("data").get(0));
    }
}
