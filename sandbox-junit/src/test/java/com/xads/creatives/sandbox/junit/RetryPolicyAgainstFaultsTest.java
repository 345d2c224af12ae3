package com.xads.creatives.sandbox.junit;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.errors.RateLimitedException;
import com.xads.creatives.client.errors.ServerException;
import com.xads.creatives.client.model.PollCard;
import com.xads.creatives.client.ratelimit.RetryPolicy;
import com.xads.creatives.client.requests.CreatePollCardRequest;
import com.xads.creatives.client.requests.GetPollCardRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's RetryPolicy, driven through the sandbox's faults: what it waits, what it retries, what it leaves. */
class RetryPolicyAgainstFaultsTest {

    private static final String ACCOUNT = "18ce54d4x5t";

    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

    /** The waits the client asked for, instead of sleeping through them. */
    private final List<Duration> waits = new ArrayList<>();

    private AdsApiClient client(RetryPolicy policy) {
        return SANDBOX.client(b -> b.retryPolicy(policy).sleeper(waits::add));
    }

    private static GetPollCardRequest oneCard() {
        return GetPollCardRequest.builder().accountId(ACCOUNT).cardId("57i8t").build();
    }

    private static CreatePollCardRequest newPoll() {
        return CreatePollCardRequest.builder().accountId(ACCOUNT).name("retried").durationInMinutes(60)
                .firstChoice("a").secondChoice("b").build();
    }

    @Test
    void a429IsWaitedOutUntilItsResetThenRetried() {
        SANDBOX.faults().next(1).operation("getPollCard").rateLimited(Duration.ofSeconds(2));
        PollCard card = client(RetryPolicy.onRateLimit(Duration.ofSeconds(10))).pollCards().get(oneCard());
        assertEquals("57i8t", card.getId());
        assertEquals(1, waits.size(), waits.toString());
        assertTrue(!waits.get(0).isNegative() && waits.get(0).compareTo(Duration.ofSeconds(3)) <= 0, waits.toString());
        assertEquals(List.of("rate_limited", "none"), faultsOf("getPollCard"));
    }

    @Test
    void a429BeyondTheLongestWaitIsLeftToTheCaller() {
        SANDBOX.faults().next(1).operation("getPollCard").rateLimited(Duration.ofMinutes(10));
        RateLimitedException e = assertThrows(RateLimitedException.class,
                () -> client(RetryPolicy.onRateLimit(Duration.ofSeconds(10))).pollCards().get(oneCard()));
        assertEquals(429, e.status());
        assertTrue(waits.isEmpty());
        assertEquals(1, SANDBOX.journal().find("getPollCard").size());
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterWhenAsked() {
        SANDBOX.faults().next(2).operation("getPollCard").unavailable(Duration.ofSeconds(1));
        PollCard card = client(RetryPolicy.onRateLimit(Duration.ofSeconds(10)).withServiceUnavailable()).pollCards().get(oneCard());
        assertEquals("57i8t", card.getId());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits);
        assertEquals(List.of("unavailable", "unavailable", "none"), faultsOf("getPollCard"));
    }

    @Test
    void a503IsNotRetriedByAPolicyForRateLimitsOnly() {
        SANDBOX.faults().next(1).operation("getPollCard").unavailable(Duration.ofSeconds(1));
        assertThrows(ServerException.class, () -> client(RetryPolicy.onRateLimit(Duration.ofSeconds(10))).pollCards().get(oneCard()));
        assertEquals(1, SANDBOX.journal().find("getPollCard").size());
    }

    @Test
    void aWriteIsNotRetriedUnlessAsked() {
        SANDBOX.faults().next(1).operation("createPollCard").unavailable(Duration.ofSeconds(1));
        RetryPolicy reads = RetryPolicy.onRateLimit(Duration.ofSeconds(10)).withServiceUnavailable();
        assertThrows(ServerException.class, () -> client(reads).pollCards().create(newPoll()));
        assertEquals(1, SANDBOX.journal().find("createPollCard").size(), "a write may have been applied: not sent again");

        SANDBOX.faults().next(1).operation("createPollCard").unavailable(Duration.ofSeconds(1));
        PollCard created = client(reads.includingWrites()).pollCards().create(newPoll());
        assertEquals("retried", created.getName());
        assertEquals(3, SANDBOX.journal().find("createPollCard").size());
    }

    @Test
    void eachTestStartsFromTheSeedWithNoFaultsAndAnEmptyJournal() {
        assertTrue(SANDBOX.journal().entries().isEmpty());
        assertTrue(SANDBOX.faults().list().isEmpty());
        assertEquals("57i8t", SANDBOX.client().pollCards().get(oneCard()).getId());
        assertTrue(SANDBOX.startTime().toMillis() > 0 && SANDBOX.lastResetTime() != null);
    }

    private static List<String> faultsOf(String operation) {
        return SANDBOX.journal().find(operation).stream().map(e -> e.fault() == null ? "none" : e.fault()).toList();
    }
}
