package com.xads.creatives.sandbox.auth;


import com.xads.creatives.oauth1.AuthorizationHeader;
import com.xads.creatives.oauth1.HmacSha1;
import com.xads.creatives.oauth1.Param;
import com.xads.creatives.oauth1.SignatureBaseString;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks OAuth 1.0a (HMAC-SHA1) signatures as X does: known consumer key and token, a timestamp within five minutes,
 * a nonce not seen before within that window, and the signature over the RFC 5849 base string of the request as it
 * arrived (any method token, any query). Every outcome is a user or a reason to refuse; nothing here throws.
 */
public final class OAuth1Verifier {

    static final Duration WINDOW = Duration.ofMinutes(5);
    /**
     * Nonces remembered at most. A nonce is needed only while its timestamp is within the window; under a flood of
     * signed requests (100,000 is half a minute at full speed here) the oldest are forgotten first, so the heap
     * holds about 20 MiB of them at worst.
     */
    static final int MAX_NONCES = 100_000;
    /** Keeps the remembered nonces small (X's clients send 32 to 42 characters). */
    static final int MAX_NONCE_LENGTH = 255;

    private record SeenNonce(String key, Instant forgetAt) {
    }

    /** Where nonces are remembered when several sandboxes share a database: each checks with the others'. */
    public interface SharedNonces {
        boolean firstUse(String key, Instant forgetAt, Instant now);
    }

    private final Clock clock;
    private final int maxNonces;
    private final SharedNonces shared;
    private final Set<String> seenNonces = new HashSet<>();
    /** The same nonces in the order they came, the oldest first. */
    private final ArrayDeque<SeenNonce> nonceOrder = new ArrayDeque<>();

    public OAuth1Verifier(Clock clock) {
        this(clock, MAX_NONCES, null);
    }

    /** @param shared the database's memory of nonces, or null to keep them in this process */
    public OAuth1Verifier(Clock clock, SharedNonces shared) {
        this(clock, MAX_NONCES, shared);
    }

    OAuth1Verifier(Clock clock, int maxNonces) {
        this(clock, maxNonces, null);
    }

    private OAuth1Verifier(Clock clock, int maxNonces, SharedNonces shared) {
        this.clock = clock;
        this.maxNonces = maxNonces;
        this.shared = shared;
    }

    /** The user a valid signature speaks for, or empty (with the reason) when the request must be refused. */
    /**
     * @param url        the URL as sent; its query is not read (the pairs come in {@code query})
     * @param query      the query's pairs, decoded
     * @param formParams the pairs of a form-encoded body, decoded (empty for any other body)
     */
    public Result verify(String method, URI url, List<Param> query, String authorization, List<Param> formParams) {
        if (authorization == null || !authorization.regionMatches(true, 0, "OAuth ", 0, 6)) {
            return Result.refused("The request has no OAuth 1.0a Authorization header");
        }
        Optional<Map<String, String>> header = AuthorizationHeader.parse(authorization);
        if (header.isEmpty()) {
            return Result.refused("The OAuth Authorization header is not a list of name=\"value\" pairs");
        }
        Map<String, String> oauth = header.get();
        if (!SandboxUsers.CONSUMER_KEY.equals(oauth.get("oauth_consumer_key"))) {
            return Result.refused("Unknown consumer key");
        }
        Optional<SandboxUsers.User> user = SandboxUsers.byToken(oauth.getOrDefault("oauth_token", ""));
        if (user.isEmpty()) {
            return Result.refused("Unknown access token");
        }
        if (!"HMAC-SHA1".equals(oauth.get("oauth_signature_method"))) {
            return Result.refused("Only HMAC-SHA1 signatures are accepted");
        }
        Instant now = clock.instant();
        long seconds;
        try {
            seconds = Long.parseLong(oauth.getOrDefault("oauth_timestamp", ""));
        } catch (NumberFormatException e) {
            return Result.refused("Malformed oauth_timestamp");
        }
        // compared as numbers: any long is a valid timestamp to refuse, however far from now
        if (seconds < now.getEpochSecond() - WINDOW.toSeconds() || seconds > now.getEpochSecond() + WINDOW.toSeconds()) {
            return Result.refused("oauth_timestamp is more than five minutes away from the server's time");
        }
        Instant timestamp = Instant.ofEpochSecond(seconds);
        String expected = signature(method, url, query, oauth, formParams, user.get().tokenSecret());
        String given = oauth.getOrDefault("oauth_signature", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return Result.refused("The OAuth signature does not match the request");
        }
        String nonce = oauth.getOrDefault("oauth_nonce", "");
        if (nonce.length() > MAX_NONCE_LENGTH) {
            return Result.refused("oauth_nonce is longer than " + MAX_NONCE_LENGTH + " characters");
        }
        if (nonce.isEmpty() || !firstUse(user.get().token() + ":" + nonce, timestamp.plus(WINDOW), now)) {
            return Result.refused("oauth_nonce was used before");
        }
        return new Result(user, null);
    }

    private static String signature(String method, URI url, List<Param> query, Map<String, String> oauth,
                                    List<Param> formParams, String tokenSecret) {
        List<Param> signed = new ArrayList<>(query);
        signed.addAll(formParams);
        oauth.forEach((name, value) -> {
            if (!name.equals("realm")) {
                signed.add(new Param(name, value));
            }
        });
        return HmacSha1.sign(SignatureBaseString.of(method, url, signed), SandboxUsers.CONSUMER_SECRET, tokenSecret);
    }

    /**
     * Records the nonce; false when it was seen before. Each call first forgets, from the oldest, the nonces whose
     * timestamps have left the window (a replay of those fails the timestamp check) and those over the bound, so the
     * cost per request stays constant however many are held.
     */
    private boolean firstUse(String key, Instant forgetAt, Instant now) {
        if (shared != null) {
            return shared.firstUse(key, forgetAt, now);
        }
        synchronized (nonceOrder) {
            while (!nonceOrder.isEmpty() && (nonceOrder.peekFirst().forgetAt().isBefore(now) || nonceOrder.size() >= maxNonces)) {
                seenNonces.remove(nonceOrder.pollFirst().key());
            }
            if (!seenNonces.add(key)) {
                return false;
            }
            nonceOrder.addLast(new SeenNonce(key, forgetAt));
            return true;
        }
    }

    /** How many nonces are held now. */
    int noncesHeld() {
        synchronized (nonceOrder) {
            return seenNonces.size();
        }
    }

    /** The outcome: a user, or the reason for refusing. */
    public record Result(Optional<SandboxUsers.User> user, String reason) {
        static Result refused(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }
}
