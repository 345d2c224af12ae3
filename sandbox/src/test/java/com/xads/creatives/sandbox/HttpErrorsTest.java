package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Malformed requests get the API's error body with the right status and the parameter at fault, never a 500. */
class HttpErrorsTest {

    private static final String CARDS = "/12/accounts/18ce54d4x5t/cards";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    private static TestSandbox.Reply raw(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.uri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return sandbox.exchange(method, request.build());
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"name\": ", "INVALID_PARAMETER body"),
                Arguments.of("duplicate JSON members", "application/json", "{\"name\": \"a\", \"name\": \"b\"}",
                        "INVALID_PARAMETER body"),
                Arguments.of("a body that is not JSON", "text/plain", "{}", "INVALID_PARAMETER Content-Type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void aBadBodyNamesWhatIsWrong(String what, String contentType, String body, String expectedError) {
        TestSandbox.Reply reply = raw("POST", CARDS, contentType, body);
        assertEquals(400, reply.status());
        assertEquals(expectedError, reply.firstError());
    }

    @Test
    void aMissingBodyNamesTheRequiredMember() {
        TestSandbox.Reply reply = raw("POST", CARDS, "application/json", null);
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.json().path("errors").size() > 0);
    }

    @Test
    void unknownRoutesAnswer404() {
        TestSandbox.Reply reply = raw("GET", "/12/accounts/18ce54d4x5t/no_such_thing", null, null);
        assertEquals(404, reply.status());
        assertEquals("ROUTE_NOT_FOUND", reply.json().path("errors").path(0).path("code").asText());
    }

    @Test
    void wrongMethodsAnswer405WithAllow() {
        TestSandbox.Reply reply = raw("PATCH", CARDS, null, null);
        assertEquals(405, reply.status());
        assertEquals("METHOD_NOT_ALLOWED", reply.json().path("errors").path(0).path("code").asText());
        assertTrue(reply.raw().headers().allValues("Allow").stream().flatMap(v -> Stream.of(v.split(",\\s*")))
                .anyMatch("POST"::equals), reply.raw().headers().toString());
    }

    @Test
    void queryValuesAreCheckedAgainstTheirSchemas() {
        Map<String, String> cases = Map.of("count", "1001", "sort_by", "nonsense-asc", "with_deleted", "maybe",
                "card_ids", "not base36!");
        cases.forEach((name, value) -> {
            TestSandbox.Reply reply = sandbox.send("GET", CARDS + "/poll", Map.of(name, value), null);
            assertEquals(400, reply.status(), name + "=" + value + ": " + reply);
            assertEquals(name, reply.json().path("errors").path(0).path("parameter").asText(), reply::toString);
        });
    }

    /** Found by FuzzTest: the schema's pattern lets a date through that does not exist. */
    @Test
    void aDateThatDoesNotExistNamesTheParameter() {
        TestSandbox.Reply reply = sandbox.send("POST", "/12/accounts/18ce54d4x5t/scheduled_tweets",
                Map.of("scheduled_at", "2026-13-45", "as_user_id", "756201191646691328", "text", "x"), null);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_PARAMETER scheduled_at", reply.firstError());
    }

    @Test
    void aRepeatedParameterIsRefused() {
        TestSandbox.Reply reply = sandbox.exchange("GET", HttpRequest.newBuilder(
                URI.create(sandbox.uri() + CARDS + "/poll?count=1&count=2")).GET().build());
        assertEquals(400, reply.status());
        assertEquals("INVALID_PARAMETER count", reply.firstError());
    }

    @Test
    void unknownIdsAnswer404NamingTheResource() {
        TestSandbox.Reply reply = sandbox.send("GET", CARDS + "/poll/zzzzz", Map.of(), null);
        assertEquals(404, reply.status(), reply::toString);
        JsonNode error = reply.json().path("errors").path(0);
        assertTrue(error.path("code").asText().endsWith("NOT_FOUND"), reply::toString);
    }

    @Test
    void anOversizedBodyIsRefusedQuickly() {
        String huge = "{\"name\": \"" + "x".repeat(2 << 20) + "\"}";
        TestSandbox.Reply reply = raw("POST", CARDS, "application/json", huge);
        assertEquals(413, reply.status(), () -> String.valueOf(reply.status()));
    }
}
