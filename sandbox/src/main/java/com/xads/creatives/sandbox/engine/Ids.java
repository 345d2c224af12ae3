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

    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** A decimal id, unique within this process and growing with time. */
    public String decimal() {
        long millis = clock.millis() - TWITTER_EPOCH_MILLIS;
        return Long.toString((millis << 22) | (sequence.getAndIncrement() & 0x3FFFFF));
    }

    /** A base-36 id of 6 to 7 characters. */
    public String base36() {
        return Long.toString(60_000_000L + (random.nextLong() & Long.MAX_VALUE) % 2_000_000_000L, 36);
    }
}
