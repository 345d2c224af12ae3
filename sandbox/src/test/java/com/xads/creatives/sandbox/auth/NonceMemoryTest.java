package com.xads.creatives.sandbox.auth;

import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import com.xads.creatives.sandbox.engine.SandboxClock;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier's memory of used nonces: a replay is refused, nonces whose timestamps have left the window are
 * forgotten, and a flood of signed requests cannot grow it past its bound.
 */
class NonceMemoryTest {

    private static final String URL = "http://127.0.0.1:8080/12/accounts/18ce54d4x5t/cards/poll";
    private final SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void aReplayIsRefusedAndAFreshNoncePasses() {
        OAuth1Verifier verifier = new OAuth1Verifier(clock);
        String signed = authorization("n-1", clock.instant());
        assertTrue(verifier.verify("GET", java.net.URI.create(URL), List.of(), signed, List.of()).user().isPresent());
        assertEquals("oauth_nonce was used before", verifier.verify("GET", java.net.URI.create(URL), List.of(), signed, List.of()).reason());
        assertTrue(verifier.verify("GET", java.net.URI.create(URL), List.of(), authorization("n-2", clock.instant()), List.of()).user().isPresent());
    }

    @Test
    void noncesOutOfTheWindowAreForgotten() {
        OAuth1Verifier verifier = new OAuth1Verifier(clock);
        for (int i = 0; i < 10; i++) {
            verifier.verify("GET", java.net.URI.create(URL), List.of(), authorization("old-" + i, clock.instant()), List.of());
        }
        assertEquals(10, verifier.noncesHeld());
        clock.advance(OAuth1Verifier.WINDOW.plusSeconds(1));
        assertTrue(verifier.verify("GET", java.net.URI.create(URL), List.of(), authorization("new", clock.instant()), List.of()).user().isPresent());
        assertEquals(1, verifier.noncesHeld());
    }

    @Test
    void aFloodIsHeldToTheBoundAndRecentReplaysAreStillRefused() {
        OAuth1Verifier verifier = new OAuth1Verifier(clock, 50);
        for (int i = 0; i < 500; i++) {
            assertTrue(verifier.verify("GET", java.net.URI.create(URL), List.of(), authorization("flood-" + i, clock.instant()), List.of()).user().isPresent());
        }
        assertEquals(50, verifier.noncesHeld());
        assertFalse(verifier.verify("GET", java.net.URI.create(URL), List.of(), authorization("flood-499", clock.instant()), List.of()).user().isPresent());
    }

    private static String authorization(String nonce, Instant at) {
        OAuth1Credentials credentials = new OAuth1Credentials(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET,
                SandboxUsers.FIRST.token(), SandboxUsers.FIRST.tokenSecret());
        return new OAuth1Signer(credentials, java.time.Clock.fixed(at, java.time.ZoneOffset.UTC), () -> nonce).authorization("GET", URL, List.of());
    }
}
