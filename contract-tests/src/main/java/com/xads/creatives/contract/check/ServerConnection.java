package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import com.github.scribejava.core.services.TimestampService;
import com.github.scribejava.core.services.TimestampServiceImpl;
import com.xads.creatives.contract.QueryStrings;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/** Sends probes to the server under check, signed with OAuth 1.0a (HMAC-SHA1) unless the check runs without auth. */
final class ServerConnection {

    /** What came back; {@code json} is null when the body was not JSON. */
    record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final OAuth10aService signer;
    private final OAuth1AccessToken token;
    private final Duration timeout;
    private final HttpClient http;

    ServerConnection(String baseUrl, ContractCheck.Credentials credentials, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        if (credentials == null) {
            this.signer = null;
            this.token = null;
        } else {
            this.signer = new OAuth10aService(new SigningOnly(), credentials.consumerKey(), credentials.consumerSecret(),
                    null, null, null, null, null, null);
            this.token = new OAuth1AccessToken(credentials.token(), credentials.tokenSecret());
        }
    }

    Answer send(String method, String path, Map<String, String> query, JsonNode body) throws IOException, InterruptedException {
        String url = baseUrl + path + QueryStrings.encode(query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (signer != null) {
            OAuthRequest toSign = new OAuthRequest(Verb.valueOf(method), url);
            signer.signRequest(token, toSign);
            request.header("Authorization", toSign.getHeaders().get("Authorization"));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json;
        try {
            json = response.body().isEmpty() ? null : JSON.readTree(response.body());
        } catch (IOException notJson) {
            json = null;
        }
        return new Answer(response.statusCode(), response, json);
    }


    /** scribejava wants an API description; only its signing parts are used. */
    private static final class SigningOnly extends DefaultApi10a {
        /** 128 random bits per nonce: scribejava's own (time plus one random int) can repeat, and is then refused. */
        private final TimestampService timestamps = new TimestampServiceImpl() {
            private final SecureRandom random = new SecureRandom();

            @Override
            public String getNonce() {
                return new BigInteger(128, random).toString(36);
            }
        };

        @Override
        public TimestampService getTimestampService() {
            return timestamps;
        }

        @Override
        public String getRequestTokenEndpoint() {
            return "https://invalid.invalid/request_token";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return "https://invalid.invalid/access_token";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return "https://invalid.invalid/authorize";
        }
    }
}
