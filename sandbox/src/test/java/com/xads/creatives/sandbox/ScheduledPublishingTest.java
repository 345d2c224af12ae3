package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled Tweets go live off the request path, at their time: with no API request in between, a Tweet due while
 * nobody asks is live at its own time (its completed_at), not at the time of the next request.
 */
class ScheduledPublishingTest {

    private static final String SCHEDULED = "/12/accounts/18ce54d4x5t/scheduled_tweets";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    @Test
    void aTweetDueWhileNobodyAsksGoesLiveAtItsTime() throws InterruptedException {
        Instant at = sandbox.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        TestSandbox.Reply created = sandbox.send("POST", SCHEDULED, Map.of("scheduled_at", at.toString(),
                "as_user_id", SandboxUsers.FIRST.id(), "text", "on time"), null);
        assertEquals(200, created.status(), created::toString);
        String id = created.json().path("data").path("id").asText();
        sandbox.advanceClock(Duration.between(sandbox.now(), at).minusSeconds(2));
        Thread.sleep(5_000); // no API request meanwhile: a publisher that runs per request would wait for the next one

        TestSandbox.Reply read = sandbox.send("GET", SCHEDULED + "/" + id, Map.of(), null);
        assertEquals("SUCCESS", read.json().path("data").path("scheduled_status").asText(), read::toString);
        Instant completed = Instant.parse(read.json().path("data").path("completed_at").asText());
        assertTrue(!completed.isBefore(at) && !completed.isAfter(at.plusSeconds(1)),
                "went live at " + completed + ", due at " + at);
    }
}
