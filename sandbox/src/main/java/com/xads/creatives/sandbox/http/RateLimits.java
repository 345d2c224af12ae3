package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's rate limits, in fixed windows per user and endpoint: writes 450 per minute, reads 2,000 per 15 minutes,
 * with_total_count reads 200 per 15 minutes. Every API response carries the x-rate-limit headers (and reads the
 * account-level ones); a request over budget gets 429 TOO_MANY_REQUESTS unless enforcement is off.
 */
public final class RateLimits {


    private record Budget(long limit, Duration window) {
    }

    private record Window(long start, long used) {
    }

    /** What one request drew from a budget. */
    record Draw(long limit, long remaining, long resetEpochSecond, boolean read, boolean over) {
    }

    private static final Pattern TOKEN = Pattern.compile("oauth_token=\"([^\"]*)\"");
    private static final Pattern ID_SEGMENT = Pattern.compile("/[^/]*[0-9][^/]*");
    private static final int MAX_WINDOWS = 100_000;

    /** Where the windows are counted when several sandboxes share a database, so a limit holds across them. */
    public interface SharedWindows {
        /** Counts one request in the window that starts at {@code start}; how many it holds now, this one included. */
        long draw(String key, long start);
    }

    private final Clock clock;
    private final boolean enforce;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final SharedWindows shared;

    public RateLimits(Clock clock, boolean enforce) {
        this(clock, enforce, null);
    }

    /** @param shared the database's windows, or null to count in this process */
    public RateLimits(Clock clock, boolean enforce, SharedWindows shared) {
        this.clock = clock;
        this.enforce = enforce;
        this.shared = shared;
    }

    /**
     * Draws the request from its budget, per endpoint: the route's template when the path has one (else the path
     * with its id-like segments folded); a 429 when over budget and enforced.
     */
    void draw(ApiExchange exchange, ApiRoutes.Route route) {
        boolean totalCount = "true".equals(exchange.target().first("with_total_count"));
        String endpoint = route != null ? route.path() : exchange.target().apiPath();
        Draw draw = draw(exchange.method(), endpoint, exchange.header("Authorization"), totalCount);
        exchange.draw(draw);
        if (enforce && draw.over()) {
            throw ApiException.of(429, "TOO_MANY_REQUESTS", null, "Rate limit exceeded");
        }
    }

    /** The headers of a request refused before it reached the API (it still counts against its budget). */
    public Map<String, String> headersForRefused(String method, String path, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers(draw(method, path, authorization, false), headers::put);
        return headers;
    }

    private Draw draw(String method, String path, String authorization, boolean totalCount) {
        boolean read = method.equals("GET");
        Budget budget = !read ? new Budget(450, Duration.ofMinutes(1))
                : totalCount ? new Budget(200, Duration.ofMinutes(15)) : new Budget(2000, Duration.ofMinutes(15));
        String endpoint = path.indexOf('{') >= 0 ? path : ID_SEGMENT.matcher(path).replaceAll("/{id}");
        String key = caller(authorization) + " " + method + " " + endpoint + (totalCount ? " total" : "");
        long now = clock.millis();
        long windowMillis = budget.window().toMillis();
        if (windows.size() > MAX_WINDOWS) {
            windows.clear(); // hostile paths must not grow this without bound; budgets restart, none is lost for long
        }
        Window w = shared != null ? new Window(now - now % windowMillis, shared.draw(digest(key), now - now % windowMillis))
                : windows.compute(key, (k, current) -> current == null || now - current.start() >= windowMillis
                ? new Window(now - now % windowMillis, 1) : new Window(current.start(), current.used() + 1));
        return new Draw(budget.limit(), Math.max(0, budget.limit() - w.used()), (w.start() + windowMillis) / 1000, read,
                w.used() > budget.limit());
    }

    /** A key of fixed length for the shared table, however long the path that made it (an unrouted one can be long). */
    private static String digest(String key) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The access token the request claims (checked later by the auth filter), or "unsigned". */
    private static String caller(String authorization) {
        if (authorization == null) {
            return "unsigned";
        }
        Matcher m = TOKEN.matcher(authorization);
        return m.find() ? m.group(1) : "unsigned";
    }

    static void headers(Draw draw, BiConsumer<String, String> header) {
        header.accept("x-rate-limit-limit", String.valueOf(draw.limit()));
        header.accept("x-rate-limit-remaining", String.valueOf(draw.remaining()));
        header.accept("x-rate-limit-reset", String.valueOf(draw.resetEpochSecond()));
        if (draw.read()) {
            header.accept("x-account-rate-limit-limit", String.valueOf(draw.limit()));
            header.accept("x-account-rate-limit-remaining", String.valueOf(draw.remaining()));
            header.accept("x-account-rate-limit-reset", String.valueOf(draw.resetEpochSecond()));
        }
        header.accept("x-current-api-version", "12");
    }
}
