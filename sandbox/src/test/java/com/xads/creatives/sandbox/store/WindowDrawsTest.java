package com.xads.creatives.sandbox.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The rate-limit window counter the instances on one database share, on H2 and (in the PostgreSQL pass) on
 * PostgreSQL: a new key starts at 1, each draw counts one, a later window starts again from 1, and 16 threads
 * drawing 50 times each from one new window get every count from 1 to 800 once.
 */
class WindowDrawsTest {

    @RegisterExtension
    final PassStore pass = new PassStore("window-draws");

    @Test
    void aWindowCountsFromOneAndANewWindowStartsAgain() {
        assertEquals(1, pass.store().drawFromWindow("user/endpoint", 1_000));
        assertEquals(2, pass.store().drawFromWindow("user/endpoint", 1_000));
        assertEquals(1, pass.store().drawFromWindow("other/endpoint", 1_000), "each key has a window of its own");
        assertEquals(3, pass.store().drawFromWindow("user/endpoint", 1_000));
        assertEquals(1, pass.store().drawFromWindow("user/endpoint", 1_900), "the next window");
        assertEquals(2, pass.store().drawFromWindow("user/endpoint", 1_900));
    }

    @Test
    void drawsAtOnceFromANewWindowGetEachCountOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<Long>>> drawn = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                drawn.add(threads.submit(() -> {
                    List<Long> counts = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        counts.add(pass.store().drawFromWindow("busy/endpoint", 5_000));
                    }
                    return counts;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : drawn) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(LongStream.rangeClosed(1, 800).boxed().toList(), all.stream().sorted().toList());
        } finally {
            threads.shutdownNow();
        }
    }
}
