package com.xads.creatives.client;

import com.xads.creatives.client.errors.AdsApiException;
import com.xads.creatives.client.errors.ServerException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each error status becomes its exception type, with the API's errors and the rate-limit headers. */
class ErrorsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"400, BadRequestException, INVALID_PARAMETER", "401, UnauthorizedException, UNAUTHORIZED_ACCESS",
            "403, ForbiddenException, ACCOUNT_NOT_FOUND", "404, NotFoundException, NOT_FOUND",
            "429, RateLimitedException, TOO_MANY_REQUESTS", "500, ServerException, INTERNAL_ERROR",
            "503, ServerException, OVER_CAPACITY", "405, AdsApiException, METHOD_NOT_ALLOWED"})
    void statusMapsToItsException(int status, String type, String code) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(status)
                    .setHeader("x-rate-limit-limit", "450").setHeader("x-rate-limit-remaining", "0")
                    .setHeader("x-rate-limit-reset", "1700000000")
                    .setBody("{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"m\",\"parameter\":\"card_ids\"}],\"request\":{\"params\":{}}}"));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            AdsApiException e = assertThrows(AdsApiException.class,
                    () -> client.cards().getCard("18ce54d4x5t", "1", null).execute());
            assertEquals(type, e.getClass().getSimpleName());
            assertEquals(status, e.status());
            assertEquals(code, e.errors().get(0).getCode());
            assertEquals("card_ids", e.errors().get(0).getParameter());
            assertTrue(e.hasCode(code));
            assertEquals(450L, e.rateLimit().limit());
            assertEquals(0L, e.rateLimit().remaining());
            assertEquals(Instant.ofEpochSecond(1700000000), e.rateLimit().reset());
        }
    }

    @Test
    void aProxysHtmlPageStillGivesAUsefulException() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                    .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            ServerException e = assertThrows(ServerException.class,
                    () -> client.cards().getCard("18ce54d4x5t", "1", null).execute());
            assertEquals(502, e.status());
            assertTrue(e.errors().isEmpty());
            assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
            assertTrue(e.rawBody().contains("<h1>"));
        }
    }
}
