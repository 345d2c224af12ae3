package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Oversized bodies, query strings, headers and parameter counts get a 4xx quickly and the server stays up. A body
 * over 1 MiB gets the API's 413; a request line or header over the HTTP layer's 64 KiB is refused by that layer,
 * before routing, with a bare 400.
 */
class LimitsTest {

    private static final String POLLS = "/12/accounts/18ce54d4x5t/cards/poll";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    private static RawHttp.Response raw(String method, String target, String contentType, byte[] body) throws Exception {
        RawHttp.Response response = RawHttp.send(sandbox.uri(), method, target.getBytes(StandardCharsets.ISO_8859_1),
                contentType, body);
        Conformance.assertConforms(method, target, response.status(), response.header("Content-Type"), response::header,
                Conformance.parse(response.text()));
        return response;
    }

    private static void stillServing() {
        assertEquals(200, sandbox.send("GET", POLLS, Map.of(), null).status());
    }

    @Test
    void aBodyOverOneMebibyteIs413() throws Exception {
        byte[] body = ("{\"name\":\"" + "x".repeat(8 << 20) + "\"}").getBytes(StandardCharsets.US_ASCII);
        assertEquals(413, raw("POST", "/12/accounts/18ce54d4x5t/cards", "application/json", body).status());
        stillServing();
    }

    /** Answered at all: a server that waited for more would run into RawHttp's read timeout and fail the test. */
    private static int refusedByTheHttpLayer(String target, String contentType) throws Exception {
        return RawHttp.send(sandbox.uri(), "GET", target.getBytes(StandardCharsets.ISO_8859_1), contentType, null).status();
    }

    @Test
    void aHugeQueryStringIsRefused() throws Exception {
        int status = refusedByTheHttpLayer(POLLS + "?q=" + "x".repeat(200_000), null);
        assertTrue(status == 414 || status == 400 || status == 431, "status " + status);
        stillServing();
    }

    @Test
    void aLongButAcceptableQueryGetsTheApisOwnAnswer() throws Exception {
        RawHttp.Response response = raw("GET", POLLS + "?q=" + "x".repeat(20_000), null, null);
        assertEquals(400, response.status());
        assertTrue(response.text().contains("\"parameter\":\"q\""), response.text());
    }

    @Test
    void aHugeHeaderIsRefused() throws Exception {
        int status = refusedByTheHttpLayer(POLLS, "text/plain; x=" + "y".repeat(100_000));
        assertTrue(status == 431 || status == 400 || status == 413, "status " + status);
        stillServing();
    }

    /** Undeclared parameters are ignored (x-unknown-parameters), however many; the header names the first 100. */
    @Test
    void fourThousandUnknownParametersAreIgnoredAndTheHeaderStaysSmall() throws Exception {
        StringBuilder target = new StringBuilder(POLLS + "?count=1");
        for (int i = 0; i < 4_000; i++) {
            target.append("&p").append(i).append("=1");
        }
        RawHttp.Response response = raw("GET", target.toString(), null, null);
        assertEquals(200, response.status(), response::text);
        String ignored = response.header("x-sandbox-ignored-parameters");
        assertEquals(101, ignored.split(",").length, ignored);
        assertTrue(ignored.endsWith(",..."), ignored);
        stillServing();
    }

    @Test
    void fourThousandBadValuesAreRefusedWithAHundredErrors() throws Exception {
        StringBuilder target = new StringBuilder(POLLS + "?count=x");
        for (int i = 0; i < 4_000; i++) {
            target.append("&card_ids=").append("!").append(i);
        }
        RawHttp.Response response = raw("GET", target.toString(), null, null);
        assertEquals(400, response.status(), response::text);
        stillServing();
    }
}
