package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The requests X's official Python and Ruby SDKs send for their Creatives calls (src/test/resources/sdk-requests.yaml,
 * read from their sources), replayed as sent against the sandbox, each on the seed state: each gets the answer the
 * real API gives (the documented 2xx and its stored effect read back, or the documented 4xx), every answer valid
 * against the contract, and what the sandbox ignored named in its header.
 */
class SdkRequestsTest {

    private static final JsonNode TABLE = load();
    private static TestSandbox sandbox;

    private static JsonNode load() {
        try (InputStream in = SdkRequestsTest.class.getClassLoader().getResourceAsStream("sdk-requests.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("rows");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void start() {
        sandbox = TestSandbox.startWithoutRateLimits();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    record Row(String sdk, String call, JsonNode spec) {
        @Override
        public String toString() {
            return sdk + ": " + call;
        }
    }

    static List<Row> rows() {
        return StreamSupport.stream(TABLE.spliterator(), false)
                .map(r -> new Row(r.path("sdk").asText(), r.path("call").asText(), r)).toList();
    }

    @Test
    void theTableCoversBothSdksWithAtLeastThirtyRequests() {
        long python = rows().stream().filter(r -> r.sdk().equals("python")).count();
        long ruby = rows().stream().filter(r -> r.sdk().equals("ruby")).count();
        System.out.println("SDK request shapes replayed: " + rows().size() + " (python " + python + ", ruby " + ruby + ")");
        assertTrue(rows().size() >= 30, "rows: " + rows().size());
        assertTrue(python > 0 && ruby > 0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answersAsTheRealApiDoes(Row row) throws Exception {
        sandbox.reset();
        JsonNode spec = row.spec();
        for (JsonNode need : spec.path("needs")) {
            String[] kind = need.asText().split(":", 2);
            register(kind[1], kind[0].equals("library"));
        }
        String query = fill(spec.path("query").asText(""));
        String target = "/12" + spec.path("path").asText() + (query.isEmpty() ? "" : "?" + query);
        String body = spec.path("body").asText(null);
        String contentType = spec.path("contentType").asText(null);
        byte[] bytes = null;
        if ("form-empty".equals(body)) {
            contentType = "application/x-www-form-urlencoded";
            bytes = new byte[0];
        } else if (body != null) {
            bytes = fill(body).getBytes(StandardCharsets.UTF_8);
        } else if (!spec.path("method").asText().equals("GET")) {
            bytes = new byte[0]; // the Python SDK sends Content-Length: 0
        }
        RawHttp.Response response = RawHttp.send(sandbox.uri(), spec.path("method").asText(),
                target.getBytes(StandardCharsets.US_ASCII), contentType, bytes);
        JsonNode json = Conformance.parse(response.text());
        assertEquals(List.of(), Conformance.problems(spec.path("method").asText(), target, response.status(),
                response.header("Content-Type"), response::header, json), response::text);
        assertEquals(spec.path("status").asInt(), response.status(), response::text);
        if (spec.has("error")) {
            assertEquals(spec.path("error").asText(), json.path("errors").path(0).path("parameter").asText(), response::text);
        }
        expect(spec.path("expect"), json);
        List<String> ignored = response.header(com.xads.creatives.sandbox.http.ParameterTolerance.HEADER) == null ? List.of()
                : Arrays.asList(response.header(com.xads.creatives.sandbox.http.ParameterTolerance.HEADER).split(","));
        for (JsonNode name : spec.path("ignored")) {
            assertTrue(ignored.contains(name.asText()), name.asText() + " not reported as ignored: " + ignored);
        }
        JsonNode after = spec.path("after");
        if (!after.isMissingNode()) {
            TestSandbox.Reply read = sandbox.send("GET", "/12" + after.path("path").asText(),
                    after.has("query") ? Map.of(after.path("query").asText().split("=")[0], after.path("query").asText().split("=")[1])
                            : Map.of(), null);
            assertEquals(after.path("status").asInt(), read.status(), read::toString);
            expect(after.path("expect"), read.json());
        }
    }

    /** Each "a.b.0.c: value" of {@code expected} holds in {@code json}; a value starting with ! must differ. */
    private static void expect(JsonNode expected, JsonNode json) {
        expected.fields().forEachRemaining(e -> {
            JsonNode at = json;
            for (String step : e.getKey().split("\\.")) {
                at = at.isArray() ? at.path(Integer.parseInt(step)) : at.path(step);
            }
            String want = fill(e.getValue().asText());
            if (want.startsWith("!")) {
                assertNotEquals(want.substring(1), at.asText(), e.getKey() + " in " + json);
            } else {
                assertEquals(want, at.asText(), e.getKey() + " in " + json);
            }
        });
    }

    private static String fill(String text) {
        Instant in30 = sandbox.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        return text.replace("{in_30_days_tokyo}", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'%2B09:00'")
                        .format(in30.atOffset(ZoneOffset.ofHours(9))))
                .replace("{in_30_days}", DateTimeFormatter.ISO_INSTANT.format(in30));
    }

    /** The upload host's part (the sandbox's upload control), and the Media Library's when {@code addToLibrary}. */
    private static void register(String mediaKey, boolean addToLibrary) {
        boolean video = mediaKey.startsWith("13_");
        sandbox.control("/_sandbox/uploads", TestSandbox.JSON.createObjectNode().put("account_id", "18ce54d4x5t")
                .put("media_category", video ? "AMPLIFY_VIDEO" : "TWEET_IMAGE").put("media_key", mediaKey)
                .put("width", video ? 1280 : 1200).put("height", video ? 720 : 628).put("duration_ms", video ? 15_000 : 0));
        if (addToLibrary) {
            TestSandbox.Reply added = sandbox.send("POST", "/12/accounts/18ce54d4x5t/media_library", Map.of("media_key", mediaKey), null);
            assertEquals(200, added.status(), added::toString);
        }
    }
}
