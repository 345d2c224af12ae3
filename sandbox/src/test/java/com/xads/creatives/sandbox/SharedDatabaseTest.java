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
 * and a Scheduled Tweet that both see due is published once. Runs in the PostgreSQL pass of the suite.
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
