package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 32 threads create, change and delete cards and Tweets at once for a bounded time. Afterwards every acknowledged
 * write reads back as last acknowledged (no lost update), deleted objects are gone, no id was handed out twice, and
 * no thread hung (a deadlock would leave it running).
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
