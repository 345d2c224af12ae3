package com.xads.creatives.sandbox.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's rate limits, in fixed windows per user and endpoint: writes 450 per minute, reads 2,000 per 15 minutes,
 * with_total_count reads 200 per 15 minutes. Every API response carries the x-rate-limit headers (and reads the
 * account-level ones); a request over budget gets 429 TOO_MANY_REQUESTS unless enforcement is off.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 1)
public final class RateLimits implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STATE = "sandbox.rate-limit";

    private record Budget(long limit, Duration window) {
    }

    private record Window(long start, long used) {
    }

    /** What one request drew from a budget. */
    private record Draw(long limit, long remaining, long resetEpochSecond, boolean read) {
    }

    private final Clock clock;
    private final boolean enforce;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimits(Clock clock, boolean enforce) {
        this.clock = clock;
        this.enforce = enforce;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean read = request.getMethod().equals("GET");
        boolean totalCount = "true".equals(request.getUriInfo().getQueryParameters().getFirst("with_total_count"));
        Budget budget = !read ? new Budget(450, Duration.ofMinutes(1))
                : totalCount ? new Budget(200, Duration.ofMinutes(15)) : new Budget(2000, Duration.ofMinutes(15));
        String key = caller(request.getHeaderString("Authorization")) + " " + request.getMethod() + " "
                + path.replaceAll("/[^/]*[0-9][^/]*", "/{id}") + (totalCount ? " total" : "");
        long now = clock.millis();
        long windowMillis = budget.window().toMillis();
        Window w = windows.compute(key, (k, current) -> current == null || now - current.start() >= windowMillis
                ? new Window(now - now % windowMillis, 1) : new Window(current.start(), current.used() + 1));
        Draw draw = new Draw(budget.limit(), Math.max(0, budget.limit() - w.used()), (w.start() + windowMillis) / 1000, read);
        request.setProperty(STATE, draw);
        if (enforce && w.used() > budget.limit()) {
            throw ApiException.of(429, "TOO_MANY_REQUESTS", null, "Rate limit exceeded");
        }
    }

    /** The access token the request claims (checked later by the auth filter), or "unsigned". */
    private static String caller(String authorization) {
        if (authorization == null) {
            return "unsigned";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("oauth_token=\"([^\"]*)\"").matcher(authorization);
        return m.find() ? m.group(1) : "unsigned";
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STATE) instanceof Draw draw)) {
            return;
        }
        response.getHeaders().putSingle("x-rate-limit-limit", String.valueOf(draw.limit()));
        response.getHeaders().putSingle("x-rate-limit-remaining", String.valueOf(draw.remaining()));
        response.getHeaders().putSingle("x-rate-limit-reset", String.valueOf(draw.resetEpochSecond()));
        if (draw.read()) {
            response.getHeaders().putSingle("x-account-rate-limit-limit", String.valueOf(draw.limit()));
            response.getHeaders().putSingle("x-account-rate-limit-remaining", String.valueOf(draw.remaining()));
            response.getHeaders().putSingle("x-account-rate-limit-reset", String.valueOf(draw.resetEpochSecond()));
        }
        response.getHeaders().putSingle("x-current-api-version", "12");
    }
}
