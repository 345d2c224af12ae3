package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two sandboxes on one PostgreSQL database, as behind a load balancer: a nonce used on one is refused on the other,
 * a Scheduled Tweet that both see due is published once, a rate limit counts the requests of both, and the clock
 * moved on one moves on the other. Runs in the PostgreSQL pass of the suite.
 */
class SharedDatabaseTest {

    private static final String ONE = "/12/accounts/18ce54d4x5t/cards/poll/57i8t";
    /** The address clients use, the load balancer's: what their signatures cover, whichever instance answers. */
    private static final String FRONT = "lb.invalid";

    @TempDir
    Path dir;

    @BeforeAll
    static void onPostgres() {
        assumeTrue(TestPostgres.ENABLED, "the PostgreSQL pass (-Dsandbox.test.database=postgresql) runs this");
    }

    private static RawHttp.Response viaFront(TestSandbox instance, String authorization) throws Exception {
        return RawHttp.send(instance.uri(), "GET", ONE.getBytes(StandardCharsets.US_ASCII), null, null,
                Map.of("Host", FRONT, "Authorization", authorization));
    }

    @Test
    void aNonceUsedOnOneInstanceIsRefusedOnTheOther() throws Exception {
        try (TestSandbox a = TestSandbox.start(dir, true); TestSandbox b = TestSandbox.start(dir, true)) {
            String signed = TestSandbox.signer(SandboxUsers.FIRST).authorization("GET", "http://" + FRONT + ONE, List.of());
            assertEquals(200, viaFront(a, signed).status(), "the first use");
            RawHttp.Response replay = viaFront(b, signed);
            assertEquals(401, replay.status(), replay.text());
            assertTrue(replay.text().contains("oauth_nonce was used before"), replay.text());
            String fresh = TestSandbox.signer(SandboxUsers.FIRST).authorization("GET", "http://" + FRONT + ONE, List.of());
            assertEquals(200, viaFront(b, fresh).status(), "a new nonce is served by the other instance");
        }
    }

    @Test
    void aTweetBothInstancesSeeDueIsPublishedOnce() throws Exception {
        try (TestSandbox a = TestSandbox.start(dir, true); TestSandbox b = TestSandbox.start(dir, true)) {
            String at = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES).toString();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                TestSandbox instance = i % 2 == 0 ? a : b;
                TestSandbox.Reply created = instance.send(TestSandbox.Call.of("POST", "/12/accounts/18ce54d4x5t/scheduled_tweets")
                        .signedBy(SandboxUsers.FIRST).query(Map.of("as_user_id", SandboxUsers.FIRST.id(),
                                "text", "shared " + i, "scheduled_at", at, "nullcast", "true")));
                assertEquals(200, created.status(), created.toString());
                ids.add(created.json().path("data").path("id").asText());
            }
            assertEquals(0, published("shared %"));
            // both clocks move past the due time at once: each instance publishes what is due, racing the other
            Thread moveA = new Thread(() -> a.advanceClock(Duration.ofMinutes(5)));
            moveA.start();
            b.advanceClock(Duration.ofMinutes(5));
            moveA.join(30_000);
            Instant deadline = Instant.now().plusSeconds(30);
            while (published("shared %") < 10 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            Thread.sleep(1_500);
            assertEquals(10, published("shared %"), "each due Tweet published once, by one of the two");
            for (String id : ids) {
                TestSandbox.Reply read = b.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/scheduled_tweets/" + id)
                        .signedBy(SandboxUsers.FIRST));
                assertEquals("SUCCESS", read.json().path("data").path("scheduled_status").asText(), read.toString());
            }
        }
    }

    @Test
    void writesOnBothInstancesAtOnceGetDistinctIdsAndAreAllKept() throws Exception {
        try (TestSandbox a = TestSandbox.start(dir, true); TestSandbox b = TestSandbox.start(dir, true)) {
            java.util.Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
            List<Thread> writers = new ArrayList<>();
            for (TestSandbox instance : List.of(a, b, a, b)) {
                Thread writer = new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        TestSandbox.Reply created = instance.send(TestSandbox.Call.of("POST", "/12/accounts/18ce54d4x5t/draft_tweets")
                                .signedBy(SandboxUsers.FIRST).query(Map.of("as_user_id", SandboxUsers.FIRST.id(), "text", "draft " + i)));
                        assertEquals(200, created.status(), created.toString());
                        ids.add(created.json().path("data").path("id").asText());
                    }
                });
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                writer.join(60_000);
            }
            assertEquals(200, ids.size(), "every acknowledged draft has an id of its own");
            for (String id : List.of(ids.iterator().next())) {
                assertEquals(200, a.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/draft_tweets/" + id)
                        .signedBy(SandboxUsers.FIRST)).status());
            }
            SandboxOptions.SharedDatabase db = TestPostgres.get().database(dir);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM objects WHERE kind = 'draft_tweet'"
                         + " AND body::json ->> 'text' LIKE 'draft %'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(200, rs.getLong(1), "none overwritten by another with the same id");
            }
        }
    }

    @Test
    void aClockMovedOnOneInstanceMovesOnTheOther() throws Exception {
        try (TestSandbox a = TestSandbox.start(dir, true); TestSandbox b = TestSandbox.start(dir, true)) {
            Instant before = b.now();
            a.advanceClock(Duration.ofHours(1));
            Instant deadline = Instant.now().plusSeconds(10);
            while (Duration.between(before, b.now()).compareTo(Duration.ofMinutes(59)) < 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(Duration.between(before, b.now()).compareTo(Duration.ofMinutes(59)) >= 0, "B follows A's move");
            b.advanceClock(Duration.ofHours(1));
            assertTrue(Duration.between(before, b.now()).compareTo(Duration.ofMinutes(119)) >= 0, "moves add up, whoever makes them");
            try (TestSandbox c = TestSandbox.start(dir, true)) {
                assertTrue(Duration.between(before, c.now()).compareTo(Duration.ofMinutes(119)) >= 0, "an instance started later takes it");
            }
            a.reset();
            deadline = Instant.now().plusSeconds(10);
            while (Duration.between(Instant.now(), b.now()).abs().compareTo(Duration.ofMinutes(1)) > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertTrue(Duration.between(Instant.now(), b.now()).abs().compareTo(Duration.ofMinutes(1)) <= 0, "a reset brings both back");
        }
    }

    @Test
    void aRateLimitHoldsAcrossInstances() {
        try (TestSandbox a = TestSandbox.start(dir, true); TestSandbox b = TestSandbox.start(dir, true)) {
            // with_total_count reads: 200 per user and endpoint in 15 minutes, whichever instance answers
            TestSandbox.Call read = TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/cards/poll")
                    .query(Map.of("with_total_count", "true")).signedBy(SandboxUsers.FIRST);
            for (int i = 0; i < 200; i++) {
                TestSandbox.Reply reply = (i % 2 == 0 ? a : b).send(read);
                assertEquals(200, reply.status(), i + ": " + reply);
                assertEquals(String.valueOf(199 - i), reply.header("x-rate-limit-remaining"), "request " + i);
            }
            assertEquals(429, a.send(read).status(), "the 201st, on one instance");
            assertEquals(429, b.send(read).status(), "and on the other");
        }
    }

    /** Published Tweets whose text matches, counted in the shared database itself. */
    private long published(String textLike) throws Exception {
        SandboxOptions.SharedDatabase db = TestPostgres.get().database(dir);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM objects WHERE kind = 'tweet'"
                     + " AND body::json ->> 'full_text' LIKE ?")) {
            ps.setString(1, textLike);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
