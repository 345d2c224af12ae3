package com.xads.creatives.client.ratelimit;

import com.xads.creatives.client.errors.RateLimitInfo;
import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Retries a 429 after the rate-limit reset (account-level reset first) and, when asked, a 503 after its
 * retry-after, within the bounds of a {@link RetryPolicy}. The clock and the sleeper are injected so that tests
 * control time. A wait beyond {@code maxWait} is not attempted: the 429 is returned as it is.
 */
public final class RetryInterceptor implements Interceptor {

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;

    public RetryInterceptor(RetryPolicy policy, Clock clock, Sleeper sleeper) {
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        boolean mayRetry = policy.writes() || READS.contains(chain.request().method());
        Response response = chain.proceed(chain.request());
        for (int attempt = 0; mayRetry && attempt < policy.maxRetries(); attempt++) {
            Optional<Duration> wait = waitBeforeRetry(response);
            if (wait.isEmpty() || wait.get().compareTo(policy.maxWait()) > 0) {
                return response;
            }
            response.close();
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry");
            }
            response = chain.proceed(chain.request());
        }
        return response;
    }

    private Optional<Duration> waitBeforeRetry(Response response) {
        if (response.code() == 429 && policy.rateLimited()) {
            Instant now = clock.instant();
            return RateLimitInfo.from(response.headers()).effectiveReset()
                    .map(reset -> reset.isAfter(now) ? Duration.between(now, reset) : Duration.ZERO);
        }
        if (response.code() == 503 && policy.serviceUnavailable()) {
            String retryAfter = response.header("retry-after");
            try {
                return Optional.of(retryAfter == null ? Duration.ofSeconds(1) : Duration.ofSeconds(Long.parseLong(retryAfter.trim())));
            } catch (NumberFormatException notSeconds) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
