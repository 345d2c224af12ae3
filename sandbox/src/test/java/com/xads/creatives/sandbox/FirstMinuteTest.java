package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a new user opens first: the sandbox's address lists where things are; an API path without /12 says so. */
class FirstMinuteTest {

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    @Test
    void theRootLinksToTheApiTheReferenceAndTheContract() {
        TestSandbox.Reply home = sandbox.send("GET", "/", Map.of(), null);
        assertEquals(200, home.status());
        JsonNode links = home.json().path("links");
        assertEquals(sandbox.uri() + "/12", links.path("api").asText());
        assertEquals(sandbox.uri() + "/docs/", links.path("docs").asText());
        assertEquals(sandbox.uri() + "/openapi.yaml", links.path("contract").asText());
        assertTrue(links.path("controls").path("faults").asText().endsWith("/_sandbox/faults"), links.toString());
        for (String link : new String[]{"docs", "contract"}) {
            String path = links.path(link).asText().substring(sandbox.uri().toString().length());
            assertEquals(200, sandbox.send("GET", path, Map.of(), null).status(), link + " answers");
        }
    }

    @Test
    void anApiPathWithoutItsBaseGetsAHint() {
        TestSandbox.Reply missed = sandbox.send("GET", "/accounts/18ce54d4x5t/cards/poll", Map.of(), null);
        assertEquals(404, missed.status());
        String message = missed.json().path("errors").path(0).path("message").asText();
        assertTrue(message.contains("try /12/accounts/18ce54d4x5t/cards/poll"), message);
        TestSandbox.Reply other = sandbox.send("GET", "/nothing", Map.of(), null);
        assertTrue(other.json().path("errors").path(0).path("message").asText().contains("the API is under /12"), other.toString());
    }
}
