package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.journal.RequestJournal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every request to the API paths is journaled (never its Authorization), readable and filterable, cleared by a reset. */
class RequestJournalTest {

    private static final String POLLS = "/12/accounts/18ce54d4x5t/cards/poll";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static JsonNode requests(Map<String, String> filter) {
        return sandbox.send("GET", "/_sandbox/requests", filter, null).json();
    }

    @Test
    void aSignedWriteIsJournaledWithOperationQueryUserAndStatus() {
        TestSandbox.Reply created = sandbox.send(TestSandbox.Call.of("POST", POLLS).signedBy(SandboxUsers.FIRST)
                .query(Map.of("name", "journaled", "duration_in_minutes", "60", "first_choice", "a", "second_choice", "b")));
        assertEquals(200, created.status(), created.toString());
        sandbox.send(TestSandbox.Call.of("GET", POLLS + "/57i8t"));
        JsonNode entries = requests(Map.of("operation", "createPollCard")).path("data");
        assertEquals(1, entries.size(), entries.toString());
        JsonNode entry = entries.path(0);
        assertEquals("POST", entry.path("method").asText());
        assertEquals(POLLS, entry.path("path").asText());
        assertEquals("journaled", entry.path("query").path("name").path(0).asText());
        assertEquals(SandboxUsers.FIRST.id(), entry.path("user_id").asText());
        assertEquals(200, entry.path("status").asInt());
        assertTrue(entry.path("fault").isNull());
        Instant.parse(entry.path("at").asText());
        assertFalse(requests(Map.of()).toString().contains("oauth_signature"), "the Authorization header is never kept");
    }

    @Test
    void refusedAndUnroutedRequestsAreJournaledToo() {
        sandbox.send(TestSandbox.Call.of("GET", POLLS + "/57i8t"));
        sandbox.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/nothing-here").signedBy(SandboxUsers.FIRST));
        JsonNode unsigned = requests(Map.of("status", "401")).path("data");
        assertEquals(1, unsigned.size());
        assertTrue(unsigned.path(0).path("user_id").isNull());
        assertTrue(unsigned.path(0).path("operation").isNull(), "refused before its route was matched");
        JsonNode unrouted = requests(Map.of("status", "404")).path("data");
        assertEquals(1, unrouted.size());
        assertTrue(unrouted.path(0).path("operation").isNull());
    }

    @Test
    void filtersByMethodAndPathPrefixAndAResetClears() {
        sandbox.send(TestSandbox.Call.of("GET", POLLS).signedBy(SandboxUsers.FIRST));
        sandbox.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/media_library").signedBy(SandboxUsers.FIRST));
        assertEquals(1, requests(Map.of("path", "/12/accounts/18ce54d4x5t/cards")).path("total_count").asInt());
        assertEquals(2, requests(Map.of("method", "get")).path("total_count").asInt());
        assertEquals(400, sandbox.send("GET", "/_sandbox/requests", Map.of("status", "many"), null).status());
        sandbox.reset();
        assertEquals(0, requests(Map.of()).path("total_count").asInt());
    }

    @Test
    void theJournalKeepsTheLatestWithinItsBound() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 1; i <= 5; i++) {
            journal.record(Instant.EPOCH, "GET", "/12/x/" + i, "op", Map.of(), null, null, 200, 1, null);
        }
        List<String> paths = journal.entries().stream().map(e -> e.path()).toList();
        assertEquals(List.of("/12/x/3", "/12/x/4", "/12/x/5"), paths);
        assertEquals(2, journal.dropped());
        assertEquals(5, journal.entries().get(2).sequence());
        assertEquals(3, journal.find("op").size());
    }
}
