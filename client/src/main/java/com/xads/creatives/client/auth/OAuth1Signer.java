package com.xads.creatives.client.auth;

import com.xads.creatives.oauth1.Param;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computes the OAuth 1.0a (HMAC-SHA1) Authorization header of a request, per RFC 5849 (creatives-oauth1): the base
 * string holds the method, the URL without query (default port dropped), the query parameters, the form-encoded
 * body parameters (never a JSON body) and the oauth_* parameters, each encoded before they are sorted.
 */
public final class OAuth1Signer {

    private final com.xads.creatives.oauth1.OAuth1Signer signer;

    public OAuth1Signer(OAuth1Credentials credentials) {
        this(credentials, Clock.systemUTC(), com.xads.creatives.oauth1.OAuth1Signer::randomNonce);
    }

    /** With a given clock and nonce source: for test vectors, or to sign at another time on purpose. */
    public OAuth1Signer(OAuth1Credentials credentials, Clock clock, Supplier<String> nonces) {
        this.signer = new com.xads.creatives.oauth1.OAuth1Signer(credentials.consumerKey(), credentials.consumerSecret(),
                credentials.accessToken(), credentials.accessTokenSecret(), clock, nonces);
    }

    /**
     * @param method     HTTP method
     * @param url        the full URL, query included, as sent
     * @param formParams decoded application/x-www-form-urlencoded body parameters, in order (empty otherwise)
     * @return the value of the Authorization header
     */
    public String authorization(String method, String url, Iterable<Map.Entry<String, String>> formParams) {
        List<Param> form = new ArrayList<>();
        formParams.forEach(p -> form.add(new Param(p.getKey(), p.getValue())));
        return signer.authorization(method, url, form);
    }
}
