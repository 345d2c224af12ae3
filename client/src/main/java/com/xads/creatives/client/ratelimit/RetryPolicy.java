package com.xads.creatives.client.ratelimit;

import java.time.Duration;

/**
 * When the client retries by itself. Off by default ({@link #none()}). With {@link #onRateLimit(Duration)} a 429
 * is retried once its limit resets, as long as that is within {@code maxWait}; {@link #withServiceUnavailable()}
 * also retries a 503 after its retry-after. Writes (POST, PUT, DELETE) are retried only after
 * {@link #includingWrites()}, since a write may have been applied before the error.
 */
public record RetryPolicy(boolean rateLimited, boolean serviceUnavailable, boolean writes, int maxRetries,
                          Duration maxWait) {

    public static RetryPolicy none() {
        return new RetryPolicy(false, false, false, 0, Duration.ZERO);
    }

    public static RetryPolicy onRateLimit(Duration maxWait) {
        return new RetryPolicy(true, false, false, 3, maxWait);
    }

    public RetryPolicy withServiceUnavailable() {
        return new RetryPolicy(rateLimited, true, writes, maxRetries, maxWait);
    }

    public RetryPolicy includingWrites() {
        return new RetryPolicy(rateLimited, serviceUnavailable, true, maxRetries, maxWait);
    }

    public RetryPolicy maxRetries(int retries) {
        return new RetryPolicy(rateLimited, serviceUnavailable, writes, retries, maxWait);
    }
}
