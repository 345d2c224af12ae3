package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three sandbox processes on one PostgreSQL database, started at once, with 32 writers spread over them as a load
 * balancer would (each request to the next live instance; one whose instance died unanswered goes to the next, signed
 * again). In rounds that start together each writer changes its own member of a shared card, sends a Scheduled Tweet
 * for the last place of a window, creates a Draft Tweet and replays a signed request on another instance. In the
 * middle of a round one instance is killed with SIGKILL while requests are in flight. Then:
 * <ul>
 *     <li>after every round each card holds every writer's change of that round (no lost update);</li>
 *     <li>each window holds 30 Scheduled Tweets, not more, and at most one writer was told it got the last place;</li>
 *     <li>every replayed nonce was refused by the instance it was replayed on;</li>
 *     <li>no id was handed out twice, and every acknowledged Draft Tweet, the killed instance's included, reads back from
 *     each live instance and from a new one started in the killed one's place;</li>
 *     <li>the rate limit of a user and endpoint counted the requests of all three;</li>
 *     <li>Scheduled Tweets made due by three instances moving the shared clock at once are each published once.</li>
 * </ul>
 * Runs in the PostgreSQL pass of the suite.
 */
class SharedSandboxProcessesTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";
    /** The address clients use, the load balancer's: what their signatures cover, whichever instance answers. */
    private static final String FRONT = "lb.invalid";
    private static final int WRITERS = 32;
    /** Rounds, each with its own window: with the 29 made before, the writes stay under 450 per minute per endpoint. */
    private static final int ROUNDS = 6;
    private static final int KILLED_IN_ROUND = 3;
    /** Changes answered in that round before the kill: the rest are in flight or not sent yet. */
    private static final int ANSWERED_BEFORE_KILL = 12;
    private static final List<String> MEMBERS = List.of("name", "title", "thank_you_text", "first_cta_tweet");

    private final List<SandboxProcess> instances = new CopyOnWriteArrayList<>();
    private final Set<Integer> dead = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private SandboxOptions.SharedDatabase db;

    @Test
    void threeInstancesOneKilledLoseNothingAndDoubleNothing() throws Exception {
        assumeTrue(TestPostgres.ENABLED, "the PostgreSQL pass (-Dsandbox.test.database=postgresql) runs this");
        Path dir = Files.createTempDirectory("shared-processes");
        db = TestPostgres.get().database(dir);
        ExecutorService starting = Executors.newFixedThreadPool(3);
        List<Future<SandboxProcess>> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path own = dir.resolve("instance-" + i);
            started.add(starting.submit(() -> startInstance(own)));
        }
        starting.shutdown();
        for (Future<SandboxProcess> f : started) {
            instances.add(f.get(3, TimeUnit.MINUTES));
        }
        try {
            rateLimitCountsEveryInstance();
            writersOverThreeInstancesOneKilled(dir);
            dueTweetsArePublishedOnce();
        } finally {
            for (SandboxProcess instance : instances) {
                instance.close();
            }
        }
    }

    private SandboxProcess startInstance(Path dataDir) throws IOException {
        return SandboxProcess.start("--port", "0", "--database", db.jdbcUrl(), "--database-user", db.user(),
                "--data-dir", dataDir.toString());
    }

    private void rateLimitCountsEveryInstance() throws Exception {
        // with_total_count reads: 200 per user and endpoint in 15 minutes
        String read = "/12/accounts/sandbox2/cards/poll?with_total_count=true";
        for (int i = 0; i < 200; i++) {
            RawHttp.Response reply = on(i % 3, "GET", read, SandboxUsers.SECOND);
            assertEquals(200, reply.status(), i + ": " + reply.text());
            assertEquals(String.valueOf(199 - i), reply.header("x-rate-limit-remaining"), "request " + i);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(429, on(i, "GET", read, SandboxUsers.SECOND).status(), "the 201st, on instance " + i);
        }
    }

    /** What one writer was answered 200 for. */
    private record Acknowledged(Map<String, String> drafts, List<String> lastPlaces, int replaysRefused) {
    }

    private void writersOverThreeInstancesOneKilled(Path dir) throws Exception {
        List<String> cards = new ArrayList<>();
        for (int c = 0; c < WRITERS / MEMBERS.size(); c++) {
            cards.add(data(front("POST", ACCOUNT + "/cards/image_conversation" + query(Map.of("name", "card " + c,
                    "first_cta", "#moon", "first_cta_tweet", "stars", "title", "Full moon", "thank_you_text", "thanks",
                    "media_key", "3_957113581522141184")))).path("id").asText());
        }
        List<String> windows = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            // an hour apart, so no 15-minute span holds two of them
            String at = Instant.now().plus(Duration.ofDays(300)).plus(Duration.ofHours(r)).truncatedTo(ChronoUnit.MINUTES).toString();
            windows.add(at);
            for (int i = 0; i < 29; i++) {
                data(front("POST", ACCOUNT + "/scheduled_tweets" + query(Map.of("as_user_id", SandboxUsers.FIRST.id(),
                        "text", "early " + i, "scheduled_at", at))));
            }
        }

        List<String> lost = new CopyOnWriteArrayList<>();
        int[] round = {0};
        CyclicBarrier together = new CyclicBarrier(WRITERS, () -> {
            // every writer's change of the round that ended was answered: each must be there
            if (round[0] > 0) {
                try {
                    for (int c = 0; c < cards.size(); c++) {
                        JsonNode card = data(front("GET", ACCOUNT + "/cards/image_conversation/" + cards.get(c)));
                        for (int m = 0; m < MEMBERS.size(); m++) {
                            String expected = "w" + (c * MEMBERS.size() + m) + " r" + round[0];
                            if (!expected.equals(card.path(MEMBERS.get(m)).asText())) {
                                lost.add(MEMBERS.get(m) + " of card " + cards.get(c) + " after round " + round[0] + ": "
                                        + card.path(MEMBERS.get(m)).asText() + " instead of " + expected);
                            }
                        }
                    }
                } catch (Exception e) {
                    lost.add("the cards could not be read after round " + round[0] + ": " + e);
                }
            }
            round[0]++;
        });
        AtomicInteger answeredInKillRound = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<Acknowledged>> work = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            String card = cards.get(w / MEMBERS.size());
            String member = MEMBERS.get(w % MEMBERS.size());
            work.add(pool.submit(() -> {
                Map<String, String> drafts = new LinkedHashMap<>();
                List<String> lastPlaces = new ArrayList<>();
                int refused = 0;
                for (int r = 1; r <= ROUNDS + 1; r++) {
                    together.await(3, TimeUnit.MINUTES);
                    if (r > ROUNDS) {
                        break;
                    }
                    data(front("PUT", ACCOUNT + "/cards/image_conversation/" + card + query(Map.of(member, "w" + writer + " r" + r))));
                    if (r == KILLED_IN_ROUND && answeredInKillRound.incrementAndGet() == ANSWERED_BEFORE_KILL) {
                        dead.add(2);
                        instances.get(2).kill();
                    }
                    RawHttp.Response place = front("POST", ACCOUNT + "/scheduled_tweets" + query(Map.of("as_user_id",
                            SandboxUsers.FIRST.id(), "text", "last place " + writer, "scheduled_at", windows.get(r - 1))));
                    if (place.status() == 200) {
                        lastPlaces.add(windows.get(r - 1));
                    } else {
                        assertEquals(400, place.status(), place.text());
                        assertTrue(place.text().contains("SCHEDULED_TWEET_LIMIT_EXCEEDED"), place.text());
                    }
                    String text = "draft " + writer + " " + r;
                    JsonNode draft = data(front("POST", ACCOUNT + "/draft_tweets" + query(Map.of("as_user_id",
                            SandboxUsers.FIRST.id(), "text", text))));
                    drafts.put(draft.path("id").asText(), text);
                    if (replayIsRefused(card)) {
                        refused++;
                    }
                }
                return new Acknowledged(drafts, lastPlaces, refused);
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "writers still running: a deadlock?");
        assertTrue(dead.contains(2) && !instances.get(2).alive(), "instance 2 was killed mid-round");

        Map<String, String> drafts = new LinkedHashMap<>();
        Map<String, Integer> lastPlaces = new TreeMap<>();
        int replaysRefused = 0;
        for (Future<Acknowledged> f : work) {
            Acknowledged done = f.get();
            done.drafts().forEach((id, text) -> assertEquals(null, drafts.put(id, text), "id handed out twice: " + id));
            done.lastPlaces().forEach(at -> lastPlaces.merge(at, 1, Integer::sum));
            replaysRefused += done.replaysRefused();
        }
        assertEquals(List.of(), lost, "updates lost");
        assertEquals(WRITERS * ROUNDS, drafts.size(), "every writer's Draft Tweet of every round acknowledged, each with an id of its own");
        assertEquals(WRITERS * ROUNDS, replaysRefused, "replayed nonces refused on another instance");

        for (String at : windows) {
            assertEquals(30, scheduledAt(at), "Scheduled Tweets stored for " + at);
            assertTrue(lastPlaces.getOrDefault(at, 0) <= 1, "writers told they got the last place of " + at + ": " + lastPlaces);
        }
        assertTrue(lastPlaces.values().stream().mapToInt(Integer::intValue).sum() >= ROUNDS - 1,
                "only the round of the kill may have lost its answer: " + lastPlaces);

        instances.add(startInstance(dir.resolve("instance-3")));
        dead.add(2);
        for (int i : List.of(0, 1, 3)) {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, String> draft : drafts.entrySet()) {
                RawHttp.Response read = on(i, "GET", ACCOUNT + "/draft_tweets/" + draft.getKey(), SandboxUsers.FIRST);
                if (read.status() != 200 || !draft.getValue().equals(json(read).path("data").path("text").asText())) {
                    missing.add(draft.getKey() + " (" + read.status() + ")");
                }
            }
            assertEquals(List.of(), missing, "acknowledged Draft Tweets instance " + i + " does not have");
        }
        System.out.println("shared sandbox: " + WRITERS + " writers over 3 instances, instance 2 killed in round "
                + KILLED_IN_ROUND + "; " + drafts.size() + " drafts, " + WRITERS * ROUNDS + " changes of " + cards.size()
                + " cards, last places " + lastPlaces + ", " + replaysRefused + " replays refused");
    }

    /** A signed read answered by one instance, then the same header, nonce and all, sent to another. */
    private boolean replayIsRefused(String card) throws Exception {
        String path = ACCOUNT + "/cards/image_conversation/" + card;
        while (true) {
            int first = liveInstance();
            int other = liveInstanceAfter(first);
            String signed = TestSandbox.signer(SandboxUsers.FIRST).authorization("GET", "http://" + FRONT + path, List.of());
            try {
                RawHttp.Response used = send(first, "GET", path, signed);
                if (used.status() != 200) {
                    throw new AssertionError("a signed read was refused: " + used.status() + " " + used.text());
                }
                RawHttp.Response replayed = send(other, "GET", path, signed);
                return replayed.status() == 401 && replayed.text().contains("oauth_nonce was used before");
            } catch (IOException instanceDied) {
                // one of the two was killed meanwhile: try again on live ones
            }
        }
    }

    private void dueTweetsArePublishedOnce() throws Exception {
        Instant now = Instant.parse(json(on(0, "GET", "/_sandbox/clock", null)).path("now").asText());
        Map<String, String> scheduled = new LinkedHashMap<>();
        for (int w = 0; w < WRITERS; w++) {
            // 16 in each of two windows half an hour apart, due after the first and after the second move of the clock
            String at = now.plus(Duration.ofMinutes(w % 2 == 0 ? 30 : 70)).truncatedTo(ChronoUnit.MINUTES).toString();
            JsonNode created = data(front("POST", ACCOUNT + "/scheduled_tweets" + query(Map.of("as_user_id",
                    SandboxUsers.FIRST.id(), "text", "due " + w, "scheduled_at", at))));
            scheduled.put(created.path("id").asText(), "due " + w);
        }
        // each live instance moves the shared clock by 40 minutes at the same moment and publishes what its own move
        // made due at once, racing the others (the moves add up to two hours)
        CyclicBarrier together = new CyclicBarrier(3);
        ExecutorService movers = Executors.newFixedThreadPool(3);
        List<Future<RawHttp.Response>> moves = new ArrayList<>();
        for (int i : List.of(0, 1, 3)) {
            moves.add(movers.submit(() -> {
                together.await(1, TimeUnit.MINUTES);
                return RawHttp.send(instances.get(i).uri(), "POST", "/_sandbox/clock/advance".getBytes(StandardCharsets.US_ASCII),
                        "application/json", "{\"seconds\": 2400}".getBytes(StandardCharsets.UTF_8));
            }));
        }
        movers.shutdown();
        for (Future<RawHttp.Response> move : moves) {
            RawHttp.Response moved = move.get(1, TimeUnit.MINUTES);
            assertEquals(200, moved.status(), moved.text());
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (publishedTexts("due %").size() < WRITERS && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        // the instances that were slower to see the move have had their chance to publish again
        Thread.sleep(3_000);
        Map<String, Long> published = publishedTexts("due %");
        Map<String, Long> once = scheduled.values().stream().collect(Collectors.toMap(t -> t, t -> 1L, (a, b) -> a, TreeMap::new));
        assertEquals(once, new TreeMap<>(published), "each due Tweet published once");
        for (Map.Entry<String, String> tweet : scheduled.entrySet()) {
            JsonNode read = data(on(1, "GET", ACCOUNT + "/scheduled_tweets/" + tweet.getKey(), SandboxUsers.FIRST));
            assertEquals("SUCCESS", read.path("scheduled_status").asText(), read.toString());
        }
    }

    /** A request as a load balancer passes it: to the next live instance, signed again on a new one if one died. */
    private RawHttp.Response front(String method, String pathAndQuery) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            int instance = liveInstance();
            try {
                return on(instance, method, pathAndQuery, SandboxUsers.FIRST);
            } catch (IOException unanswered) {
                // the instance died with the request in flight: nothing acknowledged, the balancer tries another
            }
        }
        throw new AssertionError("no instance answered " + method + " " + pathAndQuery);
    }

    private int liveInstance() {
        while (true) {
            int i = Math.floorMod(next.getAndIncrement(), 3);
            if (!dead.contains(i)) {
                return i;
            }
        }
    }

    private int liveInstanceAfter(int instance) {
        for (int i = instance + 1; ; i++) {
            if (!dead.contains(i % 3)) {
                return i % 3;
            }
        }
    }

    private RawHttp.Response on(int instance, String method, String pathAndQuery, SandboxUsers.User user) throws IOException {
        String signed = user == null ? null
                : TestSandbox.signer(user).authorization(method, "http://" + FRONT + pathAndQuery, List.of());
        return send(instance, method, pathAndQuery, signed);
    }

    private RawHttp.Response send(int instance, String method, String pathAndQuery, String authorization) throws IOException {
        Map<String, String> headers = authorization == null ? Map.of("Host", FRONT)
                : Map.of("Host", FRONT, "Authorization", authorization);
        return RawHttp.send(instances.get(instance).uri(), method, pathAndQuery.getBytes(StandardCharsets.US_ASCII), null,
                null, headers);
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static JsonNode json(RawHttp.Response reply) throws IOException {
        return TestSandbox.JSON.readTree(reply.body());
    }

    /** The data of a 200; anything else fails the test. */
    private static JsonNode data(RawHttp.Response reply) throws IOException {
        if (reply.status() != 200) {
            throw new AssertionError("refused: " + reply.status() + " " + reply.text());
        }
        return json(reply).path("data");
    }

    private long scheduledAt(String at) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM objects WHERE kind = 'scheduled_tweet'"
                     + " AND due_at = ?")) {
            ps.setLong(1, Instant.parse(at).getEpochSecond());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How many published Tweets carry each text that matches, counted in the shared database itself. */
    private Map<String, Long> publishedTexts(String like) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement("SELECT body::json ->> 'full_text', COUNT(*) FROM objects"
                     + " WHERE kind = 'tweet' AND body::json ->> 'full_text' LIKE ? GROUP BY 1")) {
            ps.setString(1, like);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }
}
