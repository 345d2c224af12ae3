package com.xads.creatives.client.errors;

import okhttp3.Headers;

import java.time.Instant;
import java.util.Optional;

/**
 * The rate-limit headers of a response. The account-level headers, present on some reads, take precedence over
 * the per-user ones when deciding how long to wait.
 */
public record RateLimitInfo(Long limit, Long remaining, Instant reset,
                            Long accountLimit, Long accountRemaining, Instant accountReset) {

    public static RateLimitInfo from(Headers headers) {
        return new RateLimitInfo(number(headers, "x-rate-limit-limit"), number(headers, "x-rate-limit-remaining"),
                epoch(headers, "x-rate-limit-reset"), number(headers, "x-account-rate-limit-limit"),
                number(headers, "x-account-rate-limit-remaining"), epoch(headers, "x-account-rate-limit-reset"));
    }

    /** When the limit that applies resets: the account-level reset if given, else the per-user one. */
    public Optional<Instant> effectiveReset() {
        return Optional.ofNullable(accountReset != null ? accountReset : reset);
    }

    private static Long number(Headers headers, String name) {
        String value = headers.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant epoch(Headers headers, String name) {
        Long seconds = number(headers, name);
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }
}
