package com.xads.creatives.sandbox;

import com.xads.creatives.oauth1.FormPairs;
import com.xads.creatives.oauth1.OAuth1Signer;
import com.xads.creatives.oauth1.Param;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The fuzz requests of {@link FuzzRequests} for a sandbox that verifies signatures: with odd query pairs added (empty,
 * repeated and percent-encoded names, oauth_* names in the query), any method token, and an Authorization header
 * that is a valid OAuth 1.0a signature of exactly what is sent, or broken on purpose.
 */
final class SignedFuzzRequests {

    enum Signing { VALID, WRONG_SECRET, STALE, NONE, GARBAGE }

    /** What to send; {@code authorization} is made per request (it needs the server's address and a fresh nonce). */
    record Request(FuzzRequests.Request base, String method, String extraQuery, Signing signing, String garbage) {
        byte[] target() {
            if (extraQuery.isEmpty()) {
                return base.target();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(base.target());
            out.write(base.targetText().contains("?") ? '&' : '?');
            out.writeBytes(extraQuery.getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        String targetText() {
            return new String(target(), StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return signing + " " + method + " " + targetText() + " [" + base.contentType() + "] "
                    + (base.body() == null ? "" : new String(base.body(), 0, Math.min(base.body().length, 200), StandardCharsets.ISO_8859_1));
        }
    }

    /** A signed header, and whether its signature really covers the request as sent. */
    record Authorization(String header, boolean valid) {
    }

    private static final List<String> EXTRA_QUERIES = List.of("", "", "", "", "=", "=0", "&=&", "%3D=1", "a%20b=1",
            "caf%C3%A9=1", "%E2%98%83=%E2%98%83", "a%2Bb=c%2Bd", "*=~", "oauth_nonce=x", "oauth_signature=abc",
            "oauth_token=other", "count=1&count=2", "realm=x", "with_total_count=true");
    private static final List<String> METHODS = List.of("QUERY", "TRACE", "OPTIONS", "CONNECT", "PATCH", "FOO", "M-SEARCH",
            "get", "PROPFIND", "X".repeat(300));
    private static final List<String> GARBAGE = List.of("OAuth", "OAuth ", "OAuth ,,,", "Basic dXNlcjpwdw==",
            "OAuth oauth_consumer_key=sandbox-consumer-key", "OAuth oauth_consumer_key=\"%zz\"",
            "OAuth oauth_consumer_key=\"sandbox-consumer-key\", oauth_consumer_key=\"sandbox-consumer-key\"",
            "OAuth oauth_consumer_key=\"sandbox-consumer-key\", oauth_token=\"756201191646691328-sandbox\", "
                    + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"9223372036854775807\", oauth_nonce=\"n\", "
                    + "oauth_signature=\"x\"",
            "OAuth oauth_consumer_key=\"sandbox-consumer-key\", oauth_token=\"756201191646691328-sandbox\", "
                    + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"-9223372036854775808\", oauth_nonce=\"n\", "
                    + "oauth_signature=\"x\"",
            "OAuth oauth_consumer_key=\"sandbox-consumer-key\", oauth_token=\"756201191646691328-sandbox\", "
                    + "oauth_signature_method=\"PLAINTEXT\", oauth_timestamp=\"1\", oauth_nonce=\"n\", oauth_signature=\"x\"",
            "OAuth " + "a=\"b\", ".repeat(2_000), "OAuth realm=\"\u00ff\", oauth_nonce=\"\u00e9\"");

    private SignedFuzzRequests() {
    }

    static Arbitrary<Request> any() {
        Arbitrary<String> extraQuery = Arbitraries.of(EXTRA_QUERIES);
        Arbitrary<String> otherMethod = Arbitraries.of(METHODS);
        Arbitrary<Signing> signing = Arbitraries.frequency(Tuple.of(6, Signing.VALID), Tuple.of(1, Signing.WRONG_SECRET),
                Tuple.of(1, Signing.STALE), Tuple.of(1, Signing.NONE), Tuple.of(1, Signing.GARBAGE));
        return Combinators.combine(FuzzRequests.any(), extraQuery, otherMethod, Arbitraries.integers().between(0, 9),
                signing, Arbitraries.of(GARBAGE)).as((base, extra, other, pick, sign, garbage) ->
                new Request(base, pick == 0 ? other : base.method(), extra, sign, garbage));
    }

    /** The header for {@code request} sent to {@code server}, or null when it goes unsigned. */
    static Authorization authorization(URI server, Request request) {
        SandboxUsers.User user = SandboxUsers.FIRST;
        return switch (request.signing()) {
            case NONE -> null;
            case GARBAGE -> new Authorization(request.garbage(), false);
            case WRONG_SECRET -> sign(server, request, new OAuth1Signer(SandboxUsers.CONSUMER_KEY, "not-the-secret",
                    user.token(), user.tokenSecret()), false);
            case STALE -> sign(server, request, new OAuth1Signer(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET,
                    user.token(), user.tokenSecret(), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)),
                    OAuth1Signer::randomNonce), false);
            case VALID -> sign(server, request, new OAuth1Signer(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET,
                    user.token(), user.tokenSecret()), true);
        };
    }

    /**
     * Signs what is sent. A target or form body that is not valid percent-encoded UTF-8 cannot be signed as sent
     * (a client could not have built it); it gets a signature over the bare path, which the server must refuse or
     * reject for the encoding first.
     */
    private static Authorization sign(URI server, Request request, OAuth1Signer signer, boolean valid) {
        String url = server + request.targetText();
        try {
            URI.create(url);
            FormPairs.parse(URI.create(url).getRawQuery());
            List<Param> form = List.of();
            String type = request.base().contentType();
            if (type != null && type.startsWith("application/x-www-form-urlencoded") && request.base().body() != null
                    && request.base().body().length > 0) {
                form = FormPairs.parse(new String(request.base().body(), StandardCharsets.UTF_8));
            }
            return new Authorization(signer.authorization(request.method(), url, form), valid);
        } catch (IllegalArgumentException unsignable) {
            return new Authorization(signer.authorization(request.method(), server + "/12/unsignable", List.of()), false);
        }
    }

    static Map<String, String> headers(Authorization authorization) {
        return authorization == null ? Map.of() : Map.of("Authorization", authorization.header());
    }
}
