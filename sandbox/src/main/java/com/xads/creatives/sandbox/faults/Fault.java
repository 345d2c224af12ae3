package com.xads.creatives.sandbox.faults;

/**
 * What a matched request gets instead of (or before) its answer.
 *
 * @param kind           which fault
 * @param delayMillis    for {@link Kind#DELAY}: the wait, or the shortest wait when {@code delayMaxMillis} is larger
 * @param delayMaxMillis for {@link Kind#DELAY}: the longest wait of a random one (equal to delayMillis when fixed)
 * @param seconds        for {@link Kind#RATE_LIMITED}: seconds until the limit resets on the sandbox clock (0: the end
 *                       of the endpoint's current window); for {@link Kind#UNAVAILABLE}: the retry-after seconds
 */
public record Fault(Kind kind, long delayMillis, long delayMaxMillis, long seconds) {

    public enum Kind {
        /** 429 TOO_MANY_REQUESTS with the rate-limit headers at zero remaining. */
        RATE_LIMITED("rate_limited"),
        /** 503 OVER_CAPACITY with retry-after. */
        UNAVAILABLE("unavailable"),
        /** 500 INTERNAL_ERROR. */
        SERVER_ERROR("server_error"),
        /** The answer comes after a wait. */
        DELAY("delay"),
        /** The connection is closed before any answer. */
        DISCONNECT("disconnect");

        public final String wire;

        Kind(String wire) {
            this.wire = wire;
        }
    }
}
