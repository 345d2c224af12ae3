package com.xads.creatives.client;

import com.xads.creatives.client.auth.OAuth1Credentials;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A keep-alive connection that the server closes after taking a request, before answering (as a load balancer does
 * when the instance behind it dies): OkHttp sends the request again on a new connection. A read goes again with a
 * new nonce, since the server refuses one it has seen; a write does not go again, since it may have been applied.
 */
class ConnectionResendsTest {

    private static final String CARD = "{\"data\":{\"id\":\"1\",\"name\":\"n\",\"card_uri\":\"card://1\",\"card_type\":\"IMAGE_APP\","
            + "\"created_at\":\"2020-10-28T20:47:52Z\",\"updated_at\":\"2020-10-28T20:47:52Z\",\"deleted\":false},\"request\":{\"params\":{}}}";

    /** A client whose first read was answered; the server takes the next request and closes, then answers again. */
    private static AdsApiClient afterAReadOnAKeptAliveConnection(MockWebServer server) throws IOException {
        server.enqueue(new MockResponse().setBody(CARD));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse().setBody(CARD));
        AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString())
                .credentials(new OAuth1Credentials("ck", "cs", "tk", "ts")).build();
        client.cards().getCard("18ce54d4x5t", "1", null).execute();
        return client;
    }

    private static String nonce(RecordedRequest request) {
        return SigningTest.oauthParams(request.getHeader("Authorization")).get("oauth_nonce");
    }

    @Test
    void aReadSentAgainAfterALostConnectionHasANewNonce() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            AdsApiClient client = afterAReadOnAKeptAliveConnection(server);
            assertEquals("1", client.cards().getCard("18ce54d4x5t", "1", null).execute().body().getData().getId());
            server.takeRequest();
            RecordedRequest lost = server.takeRequest();
            RecordedRequest again = server.takeRequest();
            assertEquals(lost.getPath(), again.getPath());
            assertEquals(1, lost.getSequenceNumber(), "lost on the kept-alive connection");
            assertEquals(0, again.getSequenceNumber(), "sent again on a new one");
            assertNotEquals(nonce(lost), nonce(again));
        }
    }

    @Test
    void aWriteIsNotSentAgainAfterALostConnection() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            AdsApiClient client = afterAReadOnAKeptAliveConnection(server);
            IOException lost = assertThrows(IOException.class, () -> client.cards().deleteCard("18ce54d4x5t", "1").execute());
            assertTrue(lost.getMessage().contains("not sent again"), lost.getMessage());
            assertEquals(2, server.getRequestCount(), "the delete went out once");
        }
    }
}
