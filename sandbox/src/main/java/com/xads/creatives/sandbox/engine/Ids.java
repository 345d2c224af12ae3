package com.xads.creatives.sandbox.engine;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New identifiers in the API's formats: decimal 64-bit ids laid out like X's (time in the high bits, so they grow),
 * short base-36 ids for legacy objects.
 */
public final class Ids {

    private static final long TWITTER_EPOCH_MILLIS = 1288834974657L;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final SecureRandom random = new SecureRandom();
    /** 1 to 1023 when several sandboxes share a database (see {@link #instance}), else 0. */
    private volatile long instance;

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /**
     * Sets the number of this instance among those sharing a database, at start before the first id: the ids then
     * carry it in 10 bits beside 12 of sequence (X's own layout), so instances never make the same one.
     */
    public void instance(long number) {
        this.instance = 1 + Math.floorMod(number - 1, 1023);
    }

    /** A decimal id, unique within this process (and among the instances of a shared database) and growing with time. */
    public String decimal() {
        long millis = clock.millis() - TWITTER_EPOCH_MILLIS;
        long n = sequence.getAndIncrement();
        long low = instance == 0 ? n & 0x3FFFFF : instance << 12 | n & 0xFFF;
        return Long.toString(millis << 22 | low);
    }

    /** A base-36 id of 6 to 7 characters. */
    public String base36() {
        return Long.toString(60_000_000L + (random.nextLong() & Long.MAX_VALUE) % 2_000_000_000L, 36);
    }
}
