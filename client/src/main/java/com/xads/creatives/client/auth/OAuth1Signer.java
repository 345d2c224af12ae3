package com.xads.creatives.client.auth;

import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import com.github.scribejava.core.services.TimestampService;
import com.github.scribejava.core.services.TimestampServiceImpl;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Computes the OAuth 1.0a (HMAC-SHA1) Authorization header of a request with scribejava. The signature base
 * string holds the method, the URL without query (default port dropped), the query parameters, the
 * form-encoded body parameters (never a JSON body) and the oauth_* parameters, per RFC 5849.
 */
public final class OAuth1Signer {

    private final OAuth10aService service;
    private final OAuth1AccessToken token;

    public OAuth1Signer(OAuth1Credentials credentials) {
        this(credentials, new RandomNonces());
    }

    /** With a fixed timestamp and nonce source: for test vectors. */
    public OAuth1Signer(OAuth1Credentials credentials, TimestampService timestamps) {
        this.service = new OAuth10aService(new SigningOnlyApi(timestamps), credentials.consumerKey(),
                credentials.consumerSecret(), null, null, null, null, null, null);
        this.token = new OAuth1AccessToken(credentials.accessToken(), credentials.accessTokenSecret());
    }

    /**
     * @param method     HTTP method
     * @param url        the full URL, query included, as sent
     * @param formParams decoded application/x-www-form-urlencoded body parameters, in order (empty otherwise)
     * @return the value of the Authorization header
     */
    public String authorization(String method, String url, Iterable<Map.Entry<String, String>> formParams) {
        OAuthRequest request = new OAuthRequest(Verb.valueOf(method), url);
        for (Map.Entry<String, String> param : formParams) {
            request.addBodyParameter(param.getKey(), param.getValue());
        }
        service.signRequest(token, request);
        return request.getHeaders().get("Authorization");
    }

    /**
     * scribejava's own nonce is the timestamp plus one random int, about 32 bits: at a few thousand signed requests a
     * second two of them meet within the server's replay window and the second request is refused as a replay
     * (seen in bench/http.sh). These are 128 random bits.
     */
    static final class RandomNonces extends TimestampServiceImpl {
        private static final SecureRandom RANDOM = new SecureRandom();

        @Override
        public String getNonce() {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }

    /** scribejava wants an API description; only its signing parts are used here. */
    private static final class SigningOnlyApi extends DefaultApi10a {
        private final TimestampService timestamps;

        SigningOnlyApi(TimestampService timestamps) {
            this.timestamps = timestamps;
        }

        @Override
        public TimestampService getTimestampService() {
            return timestamps;
        }

        @Override
        public String getRequestTokenEndpoint() {
            throw new UnsupportedOperationException("signing only");
        }

        @Override
        public String getAccessTokenEndpoint() {
            throw new UnsupportedOperationException("signing only");
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            throw new UnsupportedOperationException("signing only");
        }
    }
}
