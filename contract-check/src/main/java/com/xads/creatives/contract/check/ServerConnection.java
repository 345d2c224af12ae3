package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.QueryStrings;
import com.xads.creatives.oauth1.OAuth1Signer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
    private final OAuth1Signer signer;
    private final Duration timeout;
    private final HttpClient http;

    ServerConnection(String baseUrl, ContractCheck.Credentials credentials, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.signer = credentials == null ? null : new OAuth1Signer(credentials.consumerKey(),
                credentials.consumerSecret(), credentials.token(), credentials.tokenSecret());
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
            request.header("Authorization", signer.authorization(method, url, List.of()));
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
}
