package com.xads.creatives.oauth1;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import oauth.signpost.basic.DefaultOAuthConsumer;
import oauth.signpost.http.HttpRequest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our signatures equal those of an independent, widely used signer (oauth-signpost) for names and values with
 * reserved, non-ASCII and empty parts, in the query and in a form body.
 */
class IndependentSignerTest {

    private static final String NONCE = "f00dfeed";
    private static final long TIMESTAMP = 1_700_000_000L;

    @Property(tries = 300, seed = "20261201")
    void signaturesEqualSignposts(@ForAll("pairs") List<Param> query, @ForAll("pairs") List<Param> form,
                                  @ForAll("methods") String method) throws Exception {
        String url = "http://127.0.0.1:8080/12/accounts/18ce54d4x5t/cards" + (query.isEmpty() ? "" : "?" + FormPairs.format(query));
        boolean withForm = !method.equals("GET") && !form.isEmpty();
        Assume.that(!withForm || java.util.Collections.disjoint(query.stream().map(Param::name).toList(),
                form.stream().map(Param::name).toList()));
        OAuth1Signer ours = new OAuth1Signer("ck", "c s\u00e9", "tk", "t&s",
                Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC), () -> NONCE);
        String header = ours.authorization(method, url, withForm ? form : List.of());

        DefaultOAuthConsumer signpost = new DefaultOAuthConsumer("ck", "c s\u00e9") {
            @Override
            protected String generateNonce() {
                return NONCE;
            }

            @Override
            protected String generateTimestamp() {
                return Long.toString(TIMESTAMP);
            }
        };
        signpost.setTokenWithSecret("tk", "t&s");
        Request request = new Request(method, url, withForm ? FormPairs.format(form) : null);
        signpost.sign(request);

        assertEquals(AuthorizationHeader.parse(request.headers.get("Authorization")).orElseThrow().get("oauth_signature"),
                AuthorizationHeader.parse(header).orElseThrow().get("oauth_signature"), header);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE");
    }

    /**
     * Distinct pairs with non-empty names, names and values from a nasty alphabet. Signpost keeps one of two equal
     * pairs, keeps only the body's values of a name that the query has too, and drops a pair whose name is empty; RFC 5849 signs both (as Python's oauthlib, which X's Python SDK
     * uses, does), and so do we.
     */
    @Provide
    Arbitrary<List<Param>> pairs() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ09-._~ !*'();:@&=+$,/?#[]%\u00e9\u00fc\u2603")
                .withCharRange('\u4e00', '\u4e05').ofMinLength(0).ofMaxLength(6);
        Arbitrary<Param> pair = Combinators.combine(text, text).as(Param::new)
                .filter(p -> !p.name().isEmpty() && !p.name().startsWith("oauth_"));
        return pair.list().ofMaxSize(6).map(list -> new ArrayList<>(new LinkedHashSet<>(list)));
    }

    /** Signpost's view of a request: method, URL, headers and a form body. */
    private static final class Request implements HttpRequest {
        private final String method;
        private String url;
        private final String form;
        final Map<String, String> headers = new HashMap<>();

        Request(String method, String url, String form) {
            this.method = method;
            this.url = url;
            this.form = form;
            if (form != null) {
                headers.put("Content-Type", "application/x-www-form-urlencoded");
            }
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getRequestUrl() {
            return url;
        }

        @Override
        public void setRequestUrl(String url) {
            this.url = url;
        }

        @Override
        public void setHeader(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }

        @Override
        public Map<String, String> getAllHeaders() {
            return headers;
        }

        @Override
        public InputStream getMessagePayload() {
            return form == null ? null : new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getContentType() {
            return headers.get("Content-Type");
        }

        @Override
        public Object unwrap() {
            return this;
        }
    }
}
