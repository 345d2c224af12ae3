package com.xads.creatives.oauth1;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Signs requests with OAuth 1.0a, HMAC-SHA1: the Authorization header for a method, a URL (its query is signed)
 * and the pairs of a form body (a JSON body is not signed).
 */
public final class OAuth1Signer {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String consumerKey;
    private final String consumerSecret;
    private final String token;
    private final String tokenSecret;
    private final Clock clock;
    private final Supplier<String> nonces;

    public OAuth1Signer(String consumerKey, String consumerSecret, String token, String tokenSecret) {
        this(consumerKey, consumerSecret, token, tokenSecret, Clock.systemUTC(), OAuth1Signer::randomNonce);
    }

    /** With a given clock and nonces: for test vectors, and for requests signed at another time on purpose. */
    public OAuth1Signer(String consumerKey, String consumerSecret, String token, String tokenSecret, Clock clock,
                        Supplier<String> nonces) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.token = token;
        this.tokenSecret = tokenSecret;
        this.clock = clock;
        this.nonces = nonces;
    }

    /**
     * 128 random bits: the server refuses a nonce it saw within its window, so nonces must not meet even over
     * millions of requests (a timestamp plus one random int does).
     */
    public static String randomNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The value of the Authorization header. */
    public String authorization(String method, String url, List<Param> formParams) {
        URI uri = URI.create(url);
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_nonce", nonces.get());
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", Long.toString(clock.instant().getEpochSecond()));
        if (token != null) {
            oauth.put("oauth_token", token);
        }
        oauth.put("oauth_version", "1.0");
        List<Param> signed = new ArrayList<>(FormPairs.parse(uri.getRawQuery()));
        signed.addAll(formParams);
        oauth.forEach((name, value) -> signed.add(new Param(name, value)));
        oauth.put("oauth_signature", HmacSha1.sign(SignatureBaseString.of(method, uri, signed), consumerSecret, tokenSecret));
        return AuthorizationHeader.format(oauth);
    }
}
