package com.xads.creatives.client;

import com.xads.creatives.client.model.Card;
import com.xads.creatives.client.model.CardListResponse;
import com.xads.creatives.client.paging.CursorPages;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Iteration across pages follows next_cursor, sends the caller's count, and stops on a null cursor. */
class CursorPagesTest {

    private static String page(String nextCursor, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"name\":\"c").append(id)
                    .append("\",\"card_uri\":\"card://").append(id).append("\",\"card_type\":\"IMAGE_APP\",")
                    .append("\"created_at\":\"2020-10-28T20:47:52Z\",\"updated_at\":\"2020-10-28T20:47:52Z\",\"deleted\":false}");
        }
        return "{\"data\":[" + data + "],\"request\":{\"params\":{}},\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    @Test
    void walksThreePagesAndStopsOnNullCursor() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody(page("c1", "1", "2")));
            server.enqueue(new MockResponse().setBody(page("c2", "3", "4")));
            server.enqueue(new MockResponse().setBody(page(null, "5")));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();

            List<String> ids = CursorPages.of(
                    cursor -> client.cards().listCards("18ce54d4x5t", null, null, null, 2, cursor, null, null, null, null),
                    CardListResponse::getData, CardListResponse::getNextCursor).items().map(Card::getId).toList();

            assertEquals(List.of("1", "2", "3", "4", "5"), ids);
            assertEquals(3, server.getRequestCount());
            RecordedRequest first = server.takeRequest();
            assertNull(first.getRequestUrl().queryParameter("cursor"));
            assertEquals("2", first.getRequestUrl().queryParameter("count"));
            assertEquals("c1", server.takeRequest().getRequestUrl().queryParameter("cursor"));
            RecordedRequest third = server.takeRequest();
            assertEquals("c2", third.getRequestUrl().queryParameter("cursor"));
            assertEquals("2", third.getRequestUrl().queryParameter("count"));
        }
    }

    @Test
    void fetchesNoMoreThanTheItemsAskedFor() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody(page("c1", "1", "2")));
            server.enqueue(new MockResponse().setBody(page(null, "3")));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            List<Card> firstTwo = CursorPages.of(
                    cursor -> client.cards().listCards("18ce54d4x5t", null, null, null, 2, cursor, null, null, null, null),
                    CardListResponse::getData, CardListResponse::getNextCursor).items().limit(2).toList();
            assertEquals(2, firstTwo.size());
            assertEquals(1, server.getRequestCount());
        }
    }

    @Test
    void anApiErrorOnALaterPageSurfacesTyped() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setBody(page("c1", "1")));
            server.enqueue(new MockResponse().setResponseCode(400).setBody(
                    "{\"errors\":[{\"code\":\"INVALID_PARAMETER\",\"message\":\"bad cursor\",\"parameter\":\"cursor\"}]}"));
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            com.xads.creatives.client.errors.BadRequestException thrown = assertThrows(
                    com.xads.creatives.client.errors.BadRequestException.class, () -> CursorPages.of(
                    cursor -> client.cards().listCards("18ce54d4x5t", null, null, null, 1, cursor, null, null, null, null),
                    CardListResponse::getData, CardListResponse::getNextCursor).items().toList());
            assertEquals("cursor", thrown.errors().get(0).getParameter());
        }
    }
}
