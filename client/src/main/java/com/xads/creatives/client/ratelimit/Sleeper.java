package com.xads.creatives.client.ratelimit;

import java.time.Duration;

/** How the client waits before a retry; tests pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
