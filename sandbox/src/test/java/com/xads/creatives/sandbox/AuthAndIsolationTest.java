package com.xads.creatives.sandbox;

import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.auth.OAuth1Signer;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OAuth 1.0a as the sandbox checks it (signature, timestamp window, nonce reuse), and the wall between the two
 * built-in users: the second reaches none of the first user's account through any operation.
 */
class AuthAndIsolationTest {

    private static final String CARDS = "/12/accounts/18ce54d4x5t/cards/image_conversation";
    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(Conformance.DOCUMENT);

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    private static TestSandbox.Reply withAuthorization(String method, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.uri() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return sandbox.exchange(method, request.build());
    }

    private static String authorization(OAuth1Signer signer, String method, String path) {
        return signer.authorization(method, sandbox.uri() + path, List.of());
    }

    private static void assertUnauthorized(TestSandbox.Reply reply) {
        assertEquals(401, reply.status(), reply::toString);
        assertEquals("UNAUTHORIZED_ACCESS", reply.json().path("errors").path(0).path("code").asText(), reply::toString);
    }

    @Test
    void aSignedRequestPasses() {
        assertEquals(200, withAuthorization("GET", CARDS, authorization(TestSandbox.signer(SandboxUsers.FIRST), "GET", CARDS)).status());
    }

    @Test
    void anUnsignedRequestIsRefused() {
        assertUnauthorized(withAuthorization("GET", CARDS, null));
    }

    @Test
    void aWrongSecretIsRefused() {
        OAuth1Signer wrong = new OAuth1Signer(new OAuth1Credentials(SandboxUsers.CONSUMER_KEY, "not-the-secret",
                SandboxUsers.FIRST.token(), SandboxUsers.FIRST.tokenSecret()));
        assertUnauthorized(withAuthorization("GET", CARDS, authorization(wrong, "GET", CARDS)));
    }

    @Test
    void aSignatureOverAnotherUrlIsRefused() {
        String signedForOther = authorization(TestSandbox.signer(SandboxUsers.FIRST), "GET", CARDS + "?count=5");
        assertUnauthorized(withAuthorization("GET", CARDS + "?count=6", signedForOther));
    }

    @Test
    void anUnknownTokenIsRefused() {
        OAuth1Signer stranger = new OAuth1Signer(new OAuth1Credentials(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET,
                "42-nobody", SandboxUsers.FIRST.tokenSecret()));
        assertUnauthorized(withAuthorization("GET", CARDS, authorization(stranger, "GET", CARDS)));
    }

    @Test
    void aStaleTimestampIsRefused() {
        OAuth1Signer late = new OAuth1Signer(TestSandbox.credentials(SandboxUsers.FIRST),
                java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(-6)),
                com.xads.creatives.oauth1.OAuth1Signer::randomNonce);
        assertUnauthorized(withAuthorization("GET", CARDS, authorization(late, "GET", CARDS)));
    }

    @Test
    void aReplayedNonceIsRefused() {
        String once = authorization(TestSandbox.signer(SandboxUsers.FIRST), "GET", CARDS);
        assertEquals(200, withAuthorization("GET", CARDS, once).status());
        assertUnauthorized(withAuthorization("GET", CARDS, once));
    }

    static List<ExampleCatalog.RequestExample> requests() {
        return EXAMPLES.requests();
    }

    /** Every documented request, signed by the second user, is refused without touching the first user's account. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theSecondUserCannotReachTheFirstUsersAccount(ExampleCatalog.RequestExample example) {
        ContractDocument.Operation op = Conformance.DOCUMENT.operation(example.operationId());
        TestSandbox.Call call = TestSandbox.Call.of(op.method().toUpperCase(), "/12" + example.path())
                .query(example.query()).signedBy(SandboxUsers.SECOND);
        if (example.bodyKey() != null) {
            call = call.json(EXAMPLES.requestBody(example.operationId(), example.bodyKey()));
        }
        TestSandbox.Reply reply = sandbox.send(call);
        assertEquals(403, reply.status(), reply::toString);
        assertEquals("ACCOUNT_NOT_FOUND account_id", reply.firstError());
        assertFalse(reply.raw().body().contains("\"data\""), "nothing of the account is in the answer");
    }

    @Test
    void theSecondUsersAccountHoldsNoneOfTheFirstUsersObjects() {
        TestSandbox.Call asSecond = TestSandbox.Call.of("GET", "/12/accounts/sandbox2/cards/image_conversation/59woh")
                .signedBy(SandboxUsers.SECOND);
        assertEquals(404, sandbox.send(asSecond).status());
        TestSandbox.Reply list = sandbox.send(TestSandbox.Call.of("GET", "/12/accounts/sandbox2/cards/image_conversation")
                .signedBy(SandboxUsers.SECOND));
        assertEquals(200, list.status(), list::toString);
        assertEquals(0, list.json().path("data").size());

        TestSandbox.Reply created = sandbox.send(TestSandbox.Call.of("POST", "/12/accounts/sandbox2/draft_tweets")
                .query(Map.of("as_user_id", SandboxUsers.SECOND.id(), "text", "mine")).signedBy(SandboxUsers.SECOND));
        assertEquals(200, created.status(), created::toString);
        String draftId = created.json().path("data").path("id").asText();
        TestSandbox.Reply fromFirst = sandbox.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/draft_tweets/" + draftId)
                .signedBy(SandboxUsers.FIRST));
        assertEquals(404, fromFirst.status(), fromFirst::toString);
        assertTrue(sandbox.send(TestSandbox.Call.of("GET", "/12/accounts/18ce54d4x5t/draft_tweets").query(Map.of("count", "200"))
                .signedBy(SandboxUsers.FIRST)).json().path("data").findValuesAsText("id").stream().noneMatch(draftId::equals));
    }
}
