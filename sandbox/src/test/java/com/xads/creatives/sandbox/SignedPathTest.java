package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import oauth.signpost.basic.DefaultOAuthConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed path, on a sandbox that verifies signatures: what an outside fuzzer found there (500s from the
 * verifier, TRACE answered by the HTTP layer with its body left on the connection, signatures over encoded names
 * refused) stays fixed.
 */
class SignedPathTest {

    private static final String POLLS = "/12/accounts/18ce54d4x5t/cards/poll";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    /** A header with a fresh timestamp and a signature that cannot match: the verifier gets all the way to comparing. */
    private static Map<String, String> freshButWrong() {
        return Map.of("Authorization", "OAuth oauth_consumer_key=\"" + SandboxUsers.CONSUMER_KEY + "\", oauth_token=\""
                + SandboxUsers.FIRST.token() + "\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\""
                + Instant.now().getEpochSecond() + "\", oauth_nonce=\"" + System.nanoTime() + "\", oauth_version=\"1.0\", "
                + "oauth_signature=\"x\"");
    }

    private static RawHttp.Response raw(String method, String target, Map<String, String> headers) throws Exception {
        RawHttp.Response response = RawHttp.send(sandbox.uri(), method, target.getBytes(StandardCharsets.US_ASCII), null, null, headers);
        assertEquals(List.of(), Conformance.problems(method, target, response.status(), response.header("Content-Type"),
                response::header, Conformance.parse(response.text())), response::text);
        return response;
    }

    @ParameterizedTest
    @ValueSource(strings = {"?=", "?=0", "?count=1&=&sort_by=created_at-asc", "?&&", "?=&="})
    void emptyParameterNamesAreRefusedAsUnsignedNotAsServerErrors(String query) throws Exception {
        RawHttp.Response response = raw("GET", POLLS + query, freshButWrong());
        assertEquals(401, response.status(), response::text);
        assertTrue(response.text().contains("UNAUTHORIZED_ACCESS"), response::text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUERY", "TRACE", "OPTIONS", "PATCH", "FOO", "M-SEARCH", "PROPFIND"})
    void aMethodTheApiDoesNotHaveIs405WithThePathsMethods(String method) throws Exception {
        RawHttp.Response list = raw(method, POLLS, freshButWrong());
        assertEquals(405, list.status(), list::text);
        assertEquals("GET, POST", list.header("Allow"));
        assertTrue(list.text().contains("METHOD_NOT_ALLOWED"), list::text);
        RawHttp.Response one = raw(method, POLLS + "/57i8t?=", Map.of());
        assertEquals(405, one.status(), one::text);
        assertEquals("DELETE, GET", one.header("Allow"));
    }

    /** A whole request carried in a TRACE body is never executed, and nothing after the TRACE is read. */
    @Test
    void aRequestInsideATraceBodyIsNeverRead() throws Exception {
        String inner = "GET " + POLLS + "/57i8t HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        String trace = "TRACE " + POLLS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + inner.length() + "\r\n\r\n" + inner;
        String next = "POST " + POLLS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\r\n";
        String answers;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(sandbox.uri().getHost(), sandbox.uri().getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((trace + next).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all); // until the server closes the connection
            answers = all.toString(StandardCharsets.ISO_8859_1);
        }
        Matcher statusLines = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
        assertTrue(statusLines.find(), answers);
        assertEquals("405", statusLines.group(1), answers);
        assertTrue(!statusLines.find(), "a second answer on the connection: " + answers);
        assertTrue(answers.contains("METHOD_NOT_ALLOWED"), answers);
    }

    /** Names and values with reserved and non-ASCII characters, signed by the client's signer: accepted. */
    @Test
    void theClientsSignatureOverEncodedNamesIsAccepted() {
        TestSandbox.Reply reply = sandbox.send(TestSandbox.Call.of("GET", POLLS)
                .query(new java.util.LinkedHashMap<>(Map.of("q", "caf\u00e9 & +=/?\u2603", "sort_by", "created_at-asc")))
                .signedBy(SandboxUsers.FIRST));
        assertEquals(200, reply.status(), reply::toString);
        TestSandbox.Reply oddNames = sandbox.send(TestSandbox.Call.of("GET", POLLS)
                .query(Map.of("caf\u00e9", "1", "a+b", "c", "*", "~", "c@", "", "c2", ""))
                .signedBy(SandboxUsers.FIRST));
        assertNotEquals(401, oddNames.status(), oddNames::toString);
    }

    /** The same, signed by another library (oauth-signpost) and sent by the JDK's own HTTP client. */
    @Test
    void anIndependentSignerIsAccepted() throws Exception {
        DefaultOAuthConsumer signpost = new DefaultOAuthConsumer(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET);
        signpost.setTokenWithSecret(SandboxUsers.FIRST.token(), SandboxUsers.FIRST.tokenSecret());
        for (String query : List.of("?q=caf%C3%A9%20%26%20%2B%3D%2F%3F&sort_by=created_at-asc", "?caf%C3%A9=1&a%2Bb=c&c%40=&c2=")) {
            HttpURLConnection connection = (HttpURLConnection) new URL(sandbox.uri() + POLLS + query).openConnection();
            signpost.sign(connection);
            int status = connection.getResponseCode();
            connection.disconnect();
            assertNotEquals(401, status, query);
            if (query.startsWith("?q=")) {
                assertEquals(200, status, query);
            }
        }
    }
}
