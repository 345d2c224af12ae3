package com.xads.creatives.sandbox.store;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The first moves of the shared clock offset on a new database, made at once (on PostgreSQL the instance that
 * follows the offset each second and a reset through the controls did so, and the reset got a 500: both had found
 * no row and inserted one). Sixteen threads each add 1 ms at the same moment; every move lands.
 */
class ClockOffsetMovesTest {

    private static final int THREADS = 16;
    @RegisterExtension
    final PassStore pass = new PassStore("clock-offset");

    @RepeatedTest(5)
    void firstMovesAtOnceAllLand() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier together = new CyclicBarrier(THREADS);
            List<Future<Long>> moves = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                moves.add(threads.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return pass.store().addToClockOffset(1);
                }));
            }
            for (Future<Long> move : moves) {
                move.get(60, TimeUnit.SECONDS);
            }
            assertEquals(THREADS, pass.store().addToClockOffset(0));
        } finally {
            threads.shutdownNow();
        }
    }
}
