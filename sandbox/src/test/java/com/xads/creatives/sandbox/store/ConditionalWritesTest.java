package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store's optimistic concurrency, on H2 and (in the PostgreSQL pass) on PostgreSQL: a write of what was read
 * lands only while the stored object is still at the version read, all or none; a put moves the version on too; two
 * writes that both read an account's due times cannot both land; and 16 threads adding one each to a counter by
 * read, change, conditional write lose none of their additions.
 */
class ConditionalWritesTest {

    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");
    @RegisterExtension
    final PassStore pass = new PassStore("conditional-writes");

    private static StoredObject object(String id, ObjectNode body, Instant dueAt) {
        return new StoredObject("scheduled_tweet", "acct", id, null, body.path("text").asText(), "SCHEDULED", null, "",
                false, null, dueAt, body);
    }

    private static ObjectNode body(String text) {
        return JsonNodeFactory.instance.objectNode().put("text", text);
    }

    private StoredObject read(String id) {
        return pass.store().get("scheduled_tweet", "acct", id).orElseThrow();
    }

    @Test
    void aWriteOfAStaleReadFailsAndWritesNothing() {
        pass.store().put(object("1", body("first"), null));
        StoredObject read = read("1");
        assertEquals(1, read.version(), "a new object is at version 1");
        StoredObject alsoRead = read("1");

        assertTrue(pass.store().write(List.of(object("1", body("by A"), null).replacing(read)), null));
        assertEquals(2, read("1").version());
        // B read before A wrote: its write, and the new object written with it, do not land
        assertFalse(pass.store().write(List.of(object("2", body("new with B"), null),
                object("1", body("by B"), null).replacing(alsoRead)), null));
        assertEquals("by A", read("1").body().path("text").asText(), "A's update kept");
        assertTrue(pass.store().get("scheduled_tweet", "acct", "2").isEmpty(), "all or none");

        assertTrue(pass.store().write(List.of(object("1", body("by B, again"), null).replacing(read("1"))), null),
                "read again, it lands");
        assertEquals("by B, again", read("1").body().path("text").asText());
    }

    @Test
    void aPutMovesTheVersionOnSoAnEarlierReadNoLongerWrites() {
        pass.store().put(object("1", body("first"), null));
        StoredObject read = read("1");
        pass.store().put(object("1", body("put over it"), null));
        assertEquals(2, read("1").version());
        assertFalse(pass.store().write(List.of(object("1", body("stale"), null).replacing(read)), null));
        assertEquals("put over it", read("1").body().path("text").asText());
    }

    @Test
    void aWriteOfAGoneObjectFails() {
        pass.store().put(object("1", body("first"), null));
        StoredObject read = read("1");
        pass.store().delete("scheduled_tweet", "acct", "1");
        assertFalse(pass.store().write(List.of(object("1", body("back?"), null).replacing(read)), null));
        assertTrue(pass.store().get("scheduled_tweet", "acct", "1").isEmpty());
    }

    @Test
    void twoWritesThatReadTheSameDueTimesCannotBothLand() {
        DueTimes readByA = pass.store().due("scheduled_tweet", "acct", AT.minusSeconds(900), AT.plusSeconds(900));
        DueTimes readByB = pass.store().due("scheduled_tweet", "acct", AT.minusSeconds(900), AT.plusSeconds(900));
        assertEquals(readByA.version(), readByB.version());

        assertTrue(pass.store().write(List.of(object("a", body("A"), AT)), readByA));
        assertFalse(pass.store().write(List.of(object("b", body("B"), AT)), readByB), "B decided on due times that changed");
        assertTrue(pass.store().get("scheduled_tweet", "acct", "b").isEmpty());

        DueTimes again = pass.store().due("scheduled_tweet", "acct", AT.minusSeconds(900), AT.plusSeconds(900));
        assertEquals(List.of("a"), again.objects().stream().map(StoredObject::id).toList(), "B reads again and sees A's");
        assertTrue(pass.store().write(List.of(object("b", body("B"), AT)), again));
        assertTrue(pass.store().write(List.of(object("c", body("other account"), AT)),
                pass.store().due("scheduled_tweet", "other", AT, AT)), "another account's due times are apart");
    }

    @Test
    void concurrentReadChangeWritesLoseNoChange() throws Exception {
        pass.store().put(object("counter", body("0"), null));
        int threads = 16;
        int additions = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            conflicts.add(pool.submit(() -> {
                int lost = 0;
                for (int i = 0; i < additions; i++) {
                    while (true) {
                        StoredObject read = read("counter");
                        String next = String.valueOf(Integer.parseInt(read.body().path("text").asText()) + 1);
                        if (pass.store().write(List.of(object("counter", body(next), null).replacing(read)), null)) {
                            break;
                        }
                        lost++;
                    }
                }
                return lost;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(2, TimeUnit.MINUTES), "a writer hung");
        int retried = 0;
        for (Future<Integer> f : conflicts) {
            retried += f.get();
        }
        System.out.println("conditional writes: " + threads * additions + " additions, " + retried + " writes retried");
        assertEquals(String.valueOf(threads * additions), read("counter").body().path("text").asText(), "no addition lost");
        assertEquals(threads * additions + 1, read("counter").version());
    }
}
