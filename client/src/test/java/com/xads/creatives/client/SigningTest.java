package com.xads.creatives.client;

import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import com.xads.creatives.client.auth.OAuth1SigningInterceptor;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OAuth 1.0a signatures: X's published test vector, and requests checked against an independent RFC 5849 computation. */
class SigningTest {

    private static final OAuth1Credentials VECTOR = new OAuth1Credentials("xvz1evFS4wEEPTGEFPHBog",
            "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

    private static OAuth1Signer fixed(OAuth1Credentials credentials, String nonce, String timestamp) {
        return new OAuth1Signer(credentials,
                java.time.Clock.fixed(java.time.Instant.ofEpochSecond(Long.parseLong(timestamp)), java.time.ZoneOffset.UTC),
                () -> nonce);
    }

    @Test
    void reproducesTheTestVectorOfXsSignatureGuide() throws Exception {
        OAuth1Signer signer = fixed(VECTOR, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", "1318622958");
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{}"));
            OkHttpClient http = new OkHttpClient.Builder().addInterceptor(new OAuth1SigningInterceptor(signer))
                    // the signature covers https://api.twitter.com/...; send the bytes to the local server instead
                    .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().url(server.url("/1.1/statuses/update.json?include_entities=true")).build()))
                    .build();
            Request request = new Request.Builder().url("https://api.twitter.com/1.1/statuses/update.json?include_entities=true")
                    .post(new FormBody.Builder().add("status", "Hello Ladies + Gentlemen, a signed OAuth request!").build()).build();
            http.newCall(request).execute().close();
            String authorization = server.takeRequest().getHeader("Authorization");
            assertEquals("hCtSmYh+iHYCEqBWrE7C7hYmtUk=", oauthParams(authorization).get("oauth_signature"));
        }
    }

    @Test
    void signsRepeatedAndEncodedQueryParametersAsRfc5849Says() throws Exception {
        OAuth1Credentials credentials = new OAuth1Credentials("ck", "cs", "tk", "ts");
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{}"));
            OkHttpClient http = new OkHttpClient.Builder()
                    .addInterceptor(new OAuth1SigningInterceptor(fixed(credentials, "n0nce", "1700000000"))).build();
            String url = server.url("/12/accounts/18ce54d4x5t/cards").toString()
                    + "?card_uris=card%3A%2F%2F1%2Ccard%3A%2F%2F2&q=caf%C3%A9%20%26%20bar&q=b+c&with_deleted=true";
            http.newCall(new Request.Builder().url(url).get().build()).execute().close();
            RecordedRequest recorded = server.takeRequest();
            Map<String, String> oauth = oauthParams(recorded.getHeader("Authorization"));
            String expected = independentSignature("GET", recorded.getRequestUrl().toString(), List.of(), oauth, "cs", "ts");
            assertEquals(expected, oauth.get("oauth_signature"));
        }
    }

    @Test
    void leavesJsonBodiesOutOfTheSignatureButKeepsFormBodies() throws Exception {
        OAuth1Credentials credentials = new OAuth1Credentials("ck", "cs", "tk", "ts");
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{}"));
            server.enqueue(new MockResponse().setBody("{}"));
            OkHttpClient http = new OkHttpClient.Builder()
                    .addInterceptor(new OAuth1SigningInterceptor(fixed(credentials, "n0nce", "1700000000"))).build();
            String url = server.url("/12/accounts/18ce54d4x5t/cards").toString();
            http.newCall(new Request.Builder().url(url)
                    .post(RequestBody.create("{\"name\":\"a\"}", MediaType.get("application/json"))).build()).execute().close();
            http.newCall(new Request.Builder().url(url)
                    .post(new FormBody.Builder().add("name", "a").build()).build()).execute().close();
            RecordedRequest json = server.takeRequest();
            RecordedRequest form = server.takeRequest();
            Map<String, String> jsonOauth = oauthParams(json.getHeader("Authorization"));
            Map<String, String> formOauth = oauthParams(form.getHeader("Authorization"));
            assertEquals(independentSignature("POST", url, List.of(), jsonOauth, "cs", "ts"), jsonOauth.get("oauth_signature"));
            assertEquals(independentSignature("POST", url, List.of(Map.entry("name", "a")), formOauth, "cs", "ts"),
                    formOauth.get("oauth_signature"));
            assertNotEquals(jsonOauth.get("oauth_signature"), formOauth.get("oauth_signature"));
        }
    }

    /** A repeated nonce is refused as a replay, so nonces must not meet even over millions of requests. */
    @Test
    void everySignatureHasItsOwn128BitNonce() {
        OAuth1Signer signer = new OAuth1Signer(new OAuth1Credentials("ck", "cs", "tk", "ts"));
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String nonce = oauthParams(signer.authorization("GET", "http://127.0.0.1/12/x", List.of())).get("oauth_nonce");
            assertTrue(nonce.matches("[0-9a-f]{32}"), nonce);
            nonces.add(nonce);
        }
        assertEquals(20_000, nonces.size());
    }

    @Test
    void keepsANonDefaultPortInTheBaseString() {
        OAuth1Signer signer = fixed(new OAuth1Credentials("ck", "cs", "tk", "ts"), "n", "1");
        String withPort = oauthParams(signer.authorization("GET", "http://127.0.0.1:8080/12/x", List.of())).get("oauth_signature");
        String defaultPort = oauthParams(signer.authorization("GET", "http://127.0.0.1:80/12/x", List.of())).get("oauth_signature");
        String noPort = oauthParams(signer.authorization("GET", "http://127.0.0.1/12/x", List.of())).get("oauth_signature");
        assertEquals(noPort, defaultPort);
        assertNotEquals(noPort, withPort);
    }

    static Map<String, String> oauthParams(String authorization) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(authorization);
        while (m.find()) {
            params.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** RFC 5849 section 3.4, written out without the library under test. */
    static String independentSignature(String method, String url, List<Map.Entry<String, String>> form,
                                       Map<String, String> oauth, String consumerSecret, String tokenSecret) throws Exception {
        java.net.URI uri = java.net.URI.create(url);
        boolean defaultPort = uri.getPort() == -1 || (uri.getScheme().equals("http") && uri.getPort() == 80)
                || (uri.getScheme().equals("https") && uri.getPort() == 443);
        String base = uri.getScheme() + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + uri.getPort()) + uri.getRawPath();
        List<String[]> pairs = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String part : uri.getRawQuery().split("&")) {
                String[] kv = part.split("=", 2);
                pairs.add(new String[]{decode(kv[0]), kv.length > 1 ? decode(kv[1]) : ""});
            }
        }
        form.forEach(e -> pairs.add(new String[]{e.getKey(), e.getValue()}));
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature") && !k.equals("realm")) {
                pairs.add(new String[]{k, v});
            }
        });
        List<String> encoded = new ArrayList<>();
        pairs.forEach(p -> encoded.add(encode(p[0]) + "=" + encode(p[1])));
        encoded.sort(null);
        String baseString = method + "&" + encode(base) + "&" + encode(String.join("&", encoded));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec((encode(consumerSecret) + "&" + encode(tokenSecret)).getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    }

    /** Query parameters are decoded as form data (RFC 5849 3.4.1.3.1): '+' is a space. */
    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
