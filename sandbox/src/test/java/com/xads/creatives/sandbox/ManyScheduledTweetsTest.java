package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.ResourceTable;
import com.xads.creatives.sandbox.store.Database;
import com.xads.creatives.sandbox.store.SqlObjectStore;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An account with more pending Scheduled Tweets than one page of 10,000, in a data directory written before due times
 * were stored: the ones created last (due first) still count against the 15-minute limit and still go live.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManyScheduledTweetsTest {

    private static final ResourceKind SCHEDULED_TWEETS =
            ResourceTable.fromContract(ContractDocument.load()).kind("scheduled_tweet");

    private static final String ACCOUNT = "18ce54d4x5t";
    private static final int PENDING = 10_050;
    /** The last 30 created are all due at this minute, before every other one. */
    private static final Instant CROWDED = Instant.parse("2027-05-22T10:00:00Z");
    private static final Instant LATER = Instant.parse("2027-06-01T00:00:00Z");
    private static TestSandbox sandbox;
    private static String lastCreatedId;

    @BeforeAll
    static void fill() throws Exception {
        Path dir = Files.createTempDirectory("many-scheduled");
        try (Database database = new Database(dir)) {
            ObjectStore store = SqlObjectStore.migrated(database.dataSource());
            List<StoredObject> batch = new ArrayList<>();
            for (int i = 0; i < PENDING; i++) {
                Instant at = i >= PENDING - 30 ? CROWDED : LATER.plus(Duration.ofMinutes(PENDING - i));
                lastCreatedId = String.valueOf(1_700_000_000_000_000_000L + i);
                batch.add(SCHEDULED_TWEETS.stored(ACCOUNT, scheduledTweet(lastCreatedId, at)));
            }
            store.putAll(batch);
            try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                // as rows from before the column existed, in a directory from before Flyway (no history table)
                s.execute("UPDATE objects SET due_at = NULL");
                s.execute("DROP TABLE \"flyway_schema_history\"");
            }
        }
        sandbox = TestSandbox.startOnItsH2File(dir, false);
    }

    private static ObjectNode scheduledTweet(String id, Instant at) {
        ObjectNode tweet = TestSandbox.JSON.createObjectNode().put("id", id).putNull("name").putNull("completed_at")
                .put("text", "queued " + id).put("user_id", SandboxUsers.FIRST.id()).put("scheduled_status", "SCHEDULED")
                .put("nullcast", true).put("scheduled_at", at.toString()).putNull("card_uri").putNull("tweet_id");
        tweet.putArray("media_keys");
        return tweet.put("created_at", "2026-11-01T00:00:00Z").put("updated_at", "2026-11-01T00:00:00Z");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    @Order(1)
    void theThirtyCreatedLastFillTheirWindow() {
        TestSandbox.Reply reply = sandbox.send("POST", "/12/accounts/" + ACCOUNT + "/scheduled_tweets",
                Map.of("scheduled_at", CROWDED.toString(), "as_user_id", SandboxUsers.FIRST.id(), "text", "one more"), null);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("SCHEDULED_TWEET_LIMIT_EXCEEDED scheduled_at", reply.firstError());
    }

    @Test
    @Order(2)
    void theOneCreatedLastGoesLiveWhenDue() {
        sandbox.advanceClock(Duration.between(sandbox.now(), CROWDED.plus(Duration.ofMinutes(1))));
        String path = "/12/accounts/" + ACCOUNT + "/scheduled_tweets/" + lastCreatedId;
        assertEquals("SUCCESS", sandbox.send("GET", path, Map.of(), null).json().path("data").path("scheduled_status").asText());
        String notYet = "/12/accounts/" + ACCOUNT + "/scheduled_tweets/" + (1_700_000_000_000_000_000L + PENDING - 31);
        assertEquals("SCHEDULED", sandbox.send("GET", notYet, Map.of(), null).json().path("data").path("scheduled_status").asText());
    }
}
