package com.xads.creatives.sandbox.auth;

import com.github.scribejava.core.extractors.BaseStringExtractorImpl;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.services.HMACSha1SignatureService;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks OAuth 1.0a (HMAC-SHA1) signatures as X does: known consumer key and token, a timestamp within five minutes,
 * a nonce not seen before within that window, and the signature over the same base string the client built.
 */
public final class OAuth1Verifier {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern PARAM = Pattern.compile("([A-Za-z_]+)=\"([^\"]*)\"");
    /**
     * Nonces remembered at most. A nonce is needed only while its timestamp is within the window; under a flood of
     * signed requests (100,000 is half a minute at full speed here) the oldest are forgotten first, so the heap
     * holds about 20 MiB of them at worst.
     */
    static final int MAX_NONCES = 100_000;

    private record SeenNonce(String key, Instant forgetAt) {
    }

    private final Clock clock;
    private final int maxNonces;
    private final Set<String> seenNonces = new HashSet<>();
    /** The same nonces in the order they came, the oldest first. */
    private final ArrayDeque<SeenNonce> nonceOrder = new ArrayDeque<>();

    public OAuth1Verifier(Clock clock) {
        this(clock, MAX_NONCES);
    }

    OAuth1Verifier(Clock clock, int maxNonces) {
        this.clock = clock;
        this.maxNonces = maxNonces;
    }

    /** The user a valid signature speaks for, or empty (with the reason) when the request must be refused. */
    public Result verify(String method, String url, String authorization, List<Map.Entry<String, String>> formParams) {
        if (authorization == null || !authorization.startsWith("OAuth ")) {
            return Result.refused("The request has no OAuth 1.0a Authorization header");
        }
        Map<String, String> oauth = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(authorization.substring(6));
        while (m.find()) {
            oauth.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
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
        Instant timestamp;
        try {
            timestamp = Instant.ofEpochSecond(Long.parseLong(oauth.getOrDefault("oauth_timestamp", "")));
        } catch (NumberFormatException e) {
            return Result.refused("Malformed oauth_timestamp");
        }
        if (Duration.between(timestamp, now).abs().compareTo(WINDOW) > 0) {
            return Result.refused("oauth_timestamp is more than five minutes away from the server's time");
        }
        String expected = signature(method, url, oauth, formParams, user.get().tokenSecret());
        String given = oauth.getOrDefault("oauth_signature", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            return Result.refused("The OAuth signature does not match the request");
        }
        String nonce = oauth.getOrDefault("oauth_nonce", "");
        if (nonce.isEmpty() || !firstUse(user.get().token() + ":" + nonce, timestamp.plus(WINDOW), now)) {
            return Result.refused("oauth_nonce was used before");
        }
        return new Result(user, null);
    }

    private static String signature(String method, String url, Map<String, String> oauth,
                                    List<Map.Entry<String, String>> formParams, String tokenSecret) {
        OAuthRequest request = new OAuthRequest(Verb.valueOf(method), url);
        oauth.forEach((name, value) -> {
            if (!name.equals("oauth_signature") && !name.equals("realm")) {
                request.addOAuthParameter(name, value);
            }
        });
        formParams.forEach(p -> request.addBodyParameter(p.getKey(), p.getValue()));
        String base = new BaseStringExtractorImpl().extract(request);
        return new HMACSha1SignatureService().getSignature(base, SandboxUsers.CONSUMER_SECRET, tokenSecret);
    }

    /**
     * Records the nonce; false when it was seen before. Each call first forgets, from the oldest, the nonces whose
     * timestamps have left the window (a replay of those fails the timestamp check) and those over the bound, so the
     * cost per request stays constant however many are held.
     */
    private boolean firstUse(String key, Instant forgetAt, Instant now) {
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
