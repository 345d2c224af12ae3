package com.xads.creatives.client;

import com.xads.creatives.client.auth.OAuth1Credentials;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Request logging shows the traffic but never a secret, and signed requests carry an Authorization header. */
class LoggingTest {

    @Test
    void logsWithoutSecrets() throws Exception {
        List<String> lines = new ArrayList<>();
        OAuth1Credentials credentials = new OAuth1Credentials("ck-visible", "consumer-SECRET", "token-visible", "token-SECRET");
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody("{}"));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).credentials(credentials)
                    .log(lines::add).build();
            client.cards().getCard("18ce54d4x5t", "1", null).execute();
            assertTrue(server.takeRequest().getHeader("Authorization").startsWith("OAuth "));
        }
        String log = String.join("\n", lines);
        assertTrue(log.contains("/12/accounts/18ce54d4x5t/cards/1"), log);
        assertTrue(log.contains("Authorization: ██"), log);
        assertFalse(log.contains("SECRET"), log);
        assertFalse(log.contains("oauth_signature"), log);
        assertFalse(credentials.toString().contains("SECRET"));
    }
}
