package com.xads.creatives.client;

import com.xads.creatives.client.errors.RateLimitedException;
import com.xads.creatives.client.errors.ServerException;
import com.xads.creatives.client.ratelimit.RetryPolicy;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Opt-in retries wait for the rate-limit reset (account level first) or retry-after, on a clock the test owns. */
class RetryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String OK = "{\"data\":{\"id\":\"1\",\"name\":\"n\",\"card_uri\":\"card://1\",\"card_type\":\"IMAGE_APP\","
            + "\"created_at\":\"2020-10-28T20:47:52Z\",\"updated_at\":\"2020-10-28T20:47:52Z\",\"deleted\":false},\"request\":{\"params\":{}}}";

    private final List<Duration> waits = new ArrayList<>();

    private AdsApiClient client(MockWebServer server, RetryPolicy policy) {
        return AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().retryPolicy(policy)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(waits::add).build();
    }

    private static MockResponse limited(long resetEpoch, Long accountReset) {
        MockResponse response = new MockResponse().setResponseCode(429)
                .setHeader("x-rate-limit-reset", String.valueOf(resetEpoch))
                .setBody("{\"errors\":[{\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"Rate limit exceeded\"}]}");
        return accountReset == null ? response : response.setHeader("x-account-rate-limit-reset", String.valueOf(accountReset));
    }

    @Test
    void waitsUntilTheAccountResetThenRetries() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(limited(NOW.getEpochSecond() + 90, NOW.getEpochSecond() + 30));
            server.enqueue(new MockResponse().setBody(OK));
            var card = client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(5)))
                    .cards().getCard("18ce54d4x5t", "1", null).execute().body();
            assertEquals("1", card.getData().getId());
            assertEquals(List.of(Duration.ofSeconds(30)), waits);
            assertEquals(2, server.getRequestCount());
        }
    }

    @Test
    void doesNotWaitBeyondTheBound() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(limited(NOW.getEpochSecond() + 900, null));
            assertThrows(RateLimitedException.class, () -> client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(1)))
                    .cards().getCard("18ce54d4x5t", "1", null).execute());
            assertEquals(List.of(), waits);
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void isOffByDefault() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(limited(NOW.getEpochSecond() + 1, null));
            assertThrows(RateLimitedException.class, () -> client(server, RetryPolicy.none())
                    .cards().getCard("18ce54d4x5t", "1", null).execute());
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void retriesWritesOnlyWhenAskedTo() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(limited(NOW.getEpochSecond() + 5, null));
            server.enqueue(limited(NOW.getEpochSecond() + 5, null));
            server.enqueue(new MockResponse().setBody(OK));
            assertThrows(RateLimitedException.class, () -> client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(1)))
                    .cards().deleteCard("18ce54d4x5t", "1").execute());
            assertEquals(1, server.getRequestCount());
            var deleted = client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(1)).includingWrites())
                    .cards().deleteCard("18ce54d4x5t", "1").execute().body();
            assertEquals("1", deleted.getData().getId());
            assertEquals(List.of(Duration.ofSeconds(5)), waits);
        }
    }

    @Test
    void retriesServiceUnavailableAfterRetryAfterWhenAsked() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(503).setHeader("retry-after", "7")
                    .setBody("{\"errors\":[{\"code\":\"OVER_CAPACITY\",\"message\":\"busy\"}]}"));
            server.enqueue(new MockResponse().setBody(OK));
            client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(1)).withServiceUnavailable())
                    .cards().getCard("18ce54d4x5t", "1", null).execute();
            assertEquals(List.of(Duration.ofSeconds(7)), waits);

            server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"errors\":[{\"code\":\"OVER_CAPACITY\",\"message\":\"busy\"}]}"));
            assertThrows(ServerException.class, () -> client(server, RetryPolicy.onRateLimit(Duration.ofMinutes(1)))
                    .cards().getCard("18ce54d4x5t", "1", null).execute());
        }
    }
}
