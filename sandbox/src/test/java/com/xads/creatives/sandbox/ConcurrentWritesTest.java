package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 threads create, change and delete cards and Tweets at once for a bounded time. Afterwards every acknowledged
 * write reads back as last acknowledged (no lost update, also when they change one object at once), deleted objects
 * are gone, no id was handed out twice, the 15-minute limit of Scheduled Tweets held, and no thread hung (a deadlock
 * would leave it running). On H2 and, in the PostgreSQL pass, on PostgreSQL.
 */
class ConcurrentWritesTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";
    private static final int THREADS = 32;
    /** Rounds per thread: a count, not a duration, so a loaded machine makes the test slower, never weaker. */
    private static final int ROUNDS = Integer.getInteger("concurrency.rounds", 12);

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.startWithoutRateLimits();

    /** What a thread knows the server acknowledged: the last text of each draft, the name of each poll, deletions. */
    private record Acknowledged(Map<String, String> drafts, Map<String, String> polls, Set<String> deletedDrafts,
                                Set<String> deletedPolls, List<String> ids) {
    }

    @Test
    void acknowledgedWritesAreAllThere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Acknowledged>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> write(thread)));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "threads still running: a deadlock?");

        Set<String> ids = new HashSet<>();
        int writes = 0;
        for (Future<Acknowledged> f : work) {
            Acknowledged done = f.get();
            for (String id : done.ids()) {
                assertTrue(ids.add(id), "id handed out twice: " + id);
            }
            writes += done.ids().size();
            done.drafts().forEach((id, text) -> {
                TestSandbox.Reply reply = sandbox.send("GET", ACCOUNT + "/draft_tweets/" + id, Map.of(), null);
                assertEquals(200, reply.status(), reply::toString);
                assertEquals(text, reply.json().path("data").path("text").asText(), "lost update of draft " + id);
            });
            done.polls().forEach((id, name) -> {
                TestSandbox.Reply reply = sandbox.send("GET", ACCOUNT + "/cards/poll/" + id, Map.of(), null);
                assertEquals(name, reply.json().path("data").path("name").asText(), "lost poll " + id);
            });
            done.deletedDrafts().forEach(id ->
                    assertEquals(404, sandbox.send("GET", ACCOUNT + "/draft_tweets/" + id, Map.of(), null).status()));
            done.deletedPolls().forEach(id ->
                    assertEquals(404, sandbox.send("GET", ACCOUNT + "/cards/poll/" + id, Map.of(), null).status()));
        }
        System.out.println("concurrent writers: " + THREADS + " threads, " + writes + " objects created in " + ROUNDS + " rounds each");
        assertEquals(THREADS * ROUNDS * 2, writes, "every round of every writer created a draft and a poll");
    }

    /**
     * 32 writers change four members of eight image conversation cards, each writer its own member of one card, in
     * rounds that start together (four changes of each card at the same moment). A change made from a read that
     * another's change overtook would put that member back: after every round, every member holds its writer's value
     * of that round.
     */
    @Test
    void changesOfOneObjectAtOnceAreAllKept() throws Exception {
        List<String> members = List.of("name", "title", "thank_you_text", "first_cta_tweet");
        List<String> cards = new ArrayList<>();
        for (int c = 0; c < THREADS / members.size(); c++) {
            cards.add(ok(sandbox.send("POST", ACCOUNT + "/cards/image_conversation", Map.of("name", "card " + c,
                    "first_cta", "#moon", "first_cta_tweet", "stars", "title", "Full moon", "thank_you_text", "thanks",
                    "media_key", "3_957113581522141184"), null)).path("id").asText());
        }
        List<String> lost = new CopyOnWriteArrayList<>();
        int[] round = {1};
        CyclicBarrier together = new CyclicBarrier(THREADS, () -> {
            // every writer's change of the round before was answered: all of them must be there
            for (int t = 0; t < THREADS; t++) {
                JsonNode card = ok(sandbox.send("GET", ACCOUNT + "/cards/image_conversation/" + cards.get(t / members.size()),
                        Map.of(), null));
                String member = members.get(t % members.size());
                String expected = "w" + t + " r" + (round[0] - 1);
                if (round[0] > 1 && !expected.equals(card.path(member).asText())) {
                    lost.add(member + " of card " + card.path("id").asText() + ": " + card.path(member).asText()
                            + " instead of " + expected);
                }
            }
            round[0]++;
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String card = cards.get(t / members.size());
            String member = members.get(t % members.size());
            int thread = t;
            work.add(pool.submit(() -> {
                for (int r = 1; r <= ROUNDS + 1; r++) {
                    together.await(2, TimeUnit.MINUTES);
                    if (r <= ROUNDS) {
                        ok(sandbox.send("PUT", ACCOUNT + "/cards/image_conversation/" + card,
                                Map.of(member, "w" + thread + " r" + r), null));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "threads still running: a deadlock?");
        for (Future<?> f : work) {
            f.get();
        }
        assertEquals(List.of(), lost, "updates lost");
    }

    /**
     * Eight 15-minute windows each holding 29 Scheduled Tweets get 32 more sent at once, one by each writer: exactly
     * one is admitted into each, however the checks of the window and the writes interleave.
     */
    @Test
    void scheduledTweetsSentAtOnceForAFullWindowTakeItsLastPlaceOnce() throws Exception {
        int windows = 8;
        List<String> minutes = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            // an hour apart, so no 15-minute span holds two of them
            minutes.add(Instant.now().plus(Duration.ofDays(300)).plus(Duration.ofHours(w))
                    .truncatedTo(ChronoUnit.MINUTES).toString());
        }
        for (String at : minutes) {
            for (int i = 0; i < 29; i++) {
                ok(sandbox.send("POST", ACCOUNT + "/scheduled_tweets", Map.of("as_user_id", SandboxUsers.FIRST.id(),
                        "text", "early " + i, "scheduled_at", at), null));
            }
        }
        CyclicBarrier together = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                List<String> admitted = new ArrayList<>();
                for (String at : minutes) {
                    together.await(2, TimeUnit.MINUTES);
                    TestSandbox.Reply reply = sandbox.send("POST", ACCOUNT + "/scheduled_tweets", Map.of("as_user_id",
                            SandboxUsers.FIRST.id(), "text", "last place " + thread, "scheduled_at", at), null);
                    if (reply.status() == 200) {
                        admitted.add(at);
                    } else {
                        assertEquals("SCHEDULED_TWEET_LIMIT_EXCEEDED scheduled_at", reply.firstError(), reply.toString());
                    }
                }
                return admitted;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "threads still running: a deadlock?");
        Map<String, Integer> admittedPerWindow = new java.util.TreeMap<>();
        minutes.forEach(at -> admittedPerWindow.put(at, 0));
        for (Future<List<String>> f : work) {
            f.get().forEach(at -> admittedPerWindow.merge(at, 1, Integer::sum));
        }
        Map<String, Integer> once = new java.util.TreeMap<>();
        minutes.forEach(at -> once.put(at, 1));
        assertEquals(once, admittedPerWindow, "admitted into the last place of each window");
    }

    private static Acknowledged write(int thread) {
        Acknowledged done = new Acknowledged(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new HashSet<>(),
                new HashSet<>(), new ArrayList<>());
        for (int round = 1; round <= ROUNDS; round++) {
            String text = "thread " + thread + " round " + round;
            JsonNode draft = ok(sandbox.send("POST", ACCOUNT + "/draft_tweets",
                    Map.of("as_user_id", SandboxUsers.FIRST.id(), "text", text), null));
            String draftId = draft.path("id").asText();
            done.ids().add(draftId);
            String changed = text + " changed";
            ok(sandbox.send("PUT", ACCOUNT + "/draft_tweets/" + draftId, Map.of("text", changed), null));
            done.drafts().put(draftId, changed);

            JsonNode poll = ok(sandbox.send("POST", ACCOUNT + "/cards/poll", Map.of("name", text, "duration_in_minutes", "60",
                    "first_choice", "Yes", "second_choice", "No"), null));
            String pollId = poll.path("id").asText();
            done.ids().add(pollId);
            done.polls().put(pollId, text);
            if (round % 3 == 0) {
                ok(sandbox.send("DELETE", ACCOUNT + "/draft_tweets/" + draftId, Map.of(), null));
                done.drafts().remove(draftId);
                done.deletedDrafts().add(draftId);
                ok(sandbox.send("DELETE", ACCOUNT + "/cards/poll/" + pollId, Map.of(), null));
                done.polls().remove(pollId);
                done.deletedPolls().add(pollId);
            }
        }
        return done;
    }

    private static JsonNode ok(TestSandbox.Reply reply) {
        if (reply.status() != 200) {
            throw new AssertionError("a write was refused: " + reply);
        }
        return reply.json().path("data");
    }
}
