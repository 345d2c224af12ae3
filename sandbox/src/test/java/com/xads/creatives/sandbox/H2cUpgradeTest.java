package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Java's HttpClient as most code builds it (HTTP/2 preferred, so it asks a cleartext server to upgrade with
 * Upgrade: h2c): the sandbox declines the upgrade and answers over HTTP/1.1, bodies and headers intact. Before, a POST
 * waited for its body until the read timed out and got an empty 500 (found by the client quickstart).
 */
class H2cUpgradeTest {

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    private static final HttpClient DEFAULT_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPostThatAsksForH2cIsAnsweredAtOnceOverHttp11() throws Exception {
        HttpResponse<String> created = DEFAULT_CLIENT.send(HttpRequest.newBuilder(URI.create(sandbox.uri()
                + "/12/accounts/18ce54d4x5t/cards/1321554298900107264")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"renamed\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        assertEquals(HttpClient.Version.HTTP_1_1, created.version());
        assertEquals("application/json", created.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode body = TestSandbox.JSON.readTree(created.body());
        assertEquals("renamed", body.path("data").path("name").asText());
    }

    @Test
    void theUpgradeHeadersOnARawRequestChangeNothing() throws Exception {
        byte[] body = "{\"name\":\"raw\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response response = RawHttp.send(sandbox.uri(), "PUT",
                "/12/accounts/18ce54d4x5t/cards/1321554298900107264".getBytes(StandardCharsets.US_ASCII), "application/json", body,
                Map.of("Upgrade", "h2c", "HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"));
        assertEquals(200, response.status(), response::text);
        assertEquals("raw", TestSandbox.JSON.readTree(response.text()).path("data").path("name").asText());
    }
}
