package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.contract.QueryStrings;
import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A sandbox for one test class (register it with {@code @RegisterExtension}: it stops after the class's tests):
 * on a free loopback port, with a data directory of its own. Requests go through
 * {@link #send}, plain HTTP that checks each API response against the contract, or through the generated client.
 */
final class TestSandbox implements AutoCloseable, AfterAllCallback {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final SandboxServer server;
    private final Path dataDir;

    private TestSandbox(SandboxServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static TestSandbox start(boolean checkSignatures) {
        try {
            return start(Files.createTempDirectory("sandbox-test"), checkSignatures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without the 429s of the API's rate limits, for tests that send more than a real client could. */
    static TestSandbox startWithoutRateLimits() {
        return startWithoutRateLimits(false);
    }

    static TestSandbox startWithoutRateLimits(boolean checkSignatures) {
        try {
            Path dataDir = Files.createTempDirectory("sandbox-test");
            return new TestSandbox(SandboxServer.start(options(dataDir, checkSignatures, false)), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The options of a test sandbox on a data directory: with -Dsandbox.test.database=postgresql, a PostgreSQL
     * database of that directory's own instead of its H2 file.
     */
    static SandboxOptions options(Path dataDir, boolean checkSignatures, boolean enforceRateLimits) {
        SandboxOptions options = new SandboxOptions(0, dataDir, checkSignatures, enforceRateLimits);
        return TestPostgres.ENABLED ? options.withDatabase(TestPostgres.get().database(dataDir)) : options;
    }

    /** On the H2 file of the data directory whatever the pass: for tests about that file itself. */
    static TestSandbox startOnItsH2File(Path dataDir, boolean checkSignatures) {
        try {
            return new TestSandbox(SandboxServer.start(new SandboxOptions(0, dataDir, checkSignatures, true)), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sandbox started by the test itself (other options), closed with the returned handle. */
    static TestSandbox start(SandboxServer server) {
        return new TestSandbox(server, null);
    }

    static TestSandbox start(Path dataDir, boolean checkSignatures) {
        try {
            return new TestSandbox(SandboxServer.start(options(dataDir, checkSignatures, true)), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    URI uri() {
        return server.uri();
    }

    @Override
    public void close() {
        server.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** A response: status, the raw exchange and the body parsed as JSON (null when it is not JSON). */
    record Reply(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The first error of an error body, as "code parameter". */
        String firstError() {
            JsonNode error = json == null ? null : json.path("errors").path(0);
            return error == null ? null : error.path("code").asText() + " " + error.path("parameter").asText();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    /** A request as a test describes it; {@code signAs} null sends it unsigned. */
    record Call(String method, String path, Map<String, String> query, JsonNode body, String contentType,
                SandboxUsers.User signAs, Map<String, String> headers) {
        static Call of(String method, String path) {
            return new Call(method, path, Map.of(), null, null, null, Map.of());
        }

        Call query(Map<String, String> q) {
            return new Call(method, path, q, body, contentType, signAs, headers);
        }

        Call json(JsonNode b) {
            return new Call(method, path, query, b, "application/json", signAs, headers);
        }

        Call signedBy(SandboxUsers.User user) {
            return new Call(method, path, query, body, contentType, user, headers);
        }

        Call header(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Call(method, path, query, body, contentType, signAs, more);
        }
    }

    Reply send(String method, String path, Map<String, String> query, JsonNode body) {
        return send(new Call(method, path, query, body, body == null ? null : "application/json", null, Map.of()));
    }

    Reply send(Call call) {
        String url = server.uri() + call.path() + QueryStrings.encode(call.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body().toString()));
        if (call.body() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.signAs() != null) {
            request.header("Authorization", signer(call.signAs()).authorization(call.method(), url, List.of()));
        }
        call.headers().forEach(request::header);
        return exchange(call.method(), request.build());
    }

    Reply exchange(String method, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = Conformance.parse(response.body());
            String pathAndQuery = request.uri().getRawPath()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
            Conformance.assertConforms(method, pathAndQuery, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    name -> response.headers().firstValue(name).orElse(null), json);
            return new Reply(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static OAuth1Signer signer(SandboxUsers.User user) {
        return new OAuth1Signer(credentials(user));
    }

    static OAuth1Credentials credentials(SandboxUsers.User user) {
        return new OAuth1Credentials(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET, user.token(), user.tokenSecret());
    }

    /** The generated client, signing as {@code user}, with every response checked against the contract. */
    AdsApiClient client(SandboxUsers.User user) {
        return AdsApiClient.builder()
                .baseUrl(server.uri() + "/12")
                .credentials(credentials(user))
                .httpClient(new OkHttpClient.Builder().addNetworkInterceptor(new Conformance.Interceptor()).build())
                .build();
    }


    // Sandbox controls

    void reset() {
        control("/_sandbox/reset", null);
    }

    Instant advanceClock(Duration by) {
        return Instant.parse(control("/_sandbox/clock/advance", JSON.createObjectNode().put("seconds", by.toSeconds()))
                .path("now").asText());
    }

    Instant now() {
        return Instant.parse(send("GET", "/_sandbox/clock", Map.of(), null).json().path("now").asText());
    }

    /** Registers an "uploaded" file and returns its media key. */
    String upload(String account, String category, int width, int height, long durationMs) {
        ObjectNode body = JSON.createObjectNode().put("account_id", account).put("media_category", category)
                .put("width", width).put("height", height).put("duration_ms", durationMs);
        return control("/_sandbox/uploads", body).path("media_key").asText();
    }

    JsonNode control(String path, JsonNode body) {
        Reply reply = send("POST", path, Map.of(), body);
        if (reply.status() != 200) {
            throw new IllegalStateException(path + " failed: " + reply);
        }
        return reply.json();
    }
}
