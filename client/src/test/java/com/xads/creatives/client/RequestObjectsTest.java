package com.xads.creatives.client;

import com.xads.creatives.client.errors.ForbiddenException;
import com.xads.creatives.client.model.Card;
import com.xads.creatives.client.model.PollCard;
import com.xads.creatives.client.requests.CreatePollCardRequest;
import com.xads.creatives.client.requests.GetPollCardRequest;
import com.xads.creatives.client.requests.ListCardsRequest;
import com.xads.creatives.client.resources.Page;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request classes and resource methods generated from the contract (DocumentedRequestsTest sends every documented
 * request through them): build() names what is missing; auto-paging throws the API's own exception type; async calls
 * complete.
 */
class RequestObjectsTest {

    @Test
    void buildNamesEveryMissingRequiredInput() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CreatePollCardRequest.builder().accountId("18ce54d4x5t").firstChoice("Yes").build());
        assertEquals("createPollCard needs duration_in_minutes, name, second_choice", e.getMessage());
        assertEquals("No", CreatePollCardRequest.builder().accountId("a").name("n").durationInMinutes(60).firstChoice("Yes")
                .secondChoice("No").build().secondChoice());
    }

    private static String cardsPage(String cursor, String... ids) {
        StringBuilder data = new StringBuilder();
        for (String id : ids) {
            data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"name\":\"c").append(id)
                    .append("\",\"card_uri\":\"card://").append(id).append("\",\"card_type\":\"IMAGE_WEBSITE\",\"created_at\":"
                            + "\"2020-01-01T00:00:00Z\",\"updated_at\":\"2020-01-01T00:00:00Z\",\"deleted\":false}");
        }
        return "{\"data\":[" + data + "],\"next_cursor\":" + (cursor == null ? "null" : "\"" + cursor + "\"")
                + ",\"request\":{\"params\":{}}}";
    }

    @Test
    void autoPagingFollowsTheCursorAndThrowsTheApisOwnException() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            pagesEndingInARefusal(server, client);
        }
    }

    private static void pagesEndingInARefusal(MockWebServer server, AdsApiClient client) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(cardsPage("c1", "1", "2")));
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(cardsPage("c2", "3")));
        server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json").setBody(
                "{\"errors\":[{\"code\":\"ACCOUNT_NOT_FOUND\",\"message\":\"no\",\"parameter\":\"account_id\"}],\"request\":{\"params\":{}}}"));
        Page<Card> first = client.cards().list(ListCardsRequest.builder().accountId("18ce54d4x5t").count(2).build());
        assertEquals(2, first.data().size());
        List<String> seen = new ArrayList<>();
        try {
            first.stream().forEach(card -> seen.add(card.getId()));
            throw new AssertionError("the third page was refused, but no exception came");
        } catch (ForbiddenException refused) {
            assertEquals("account_id", refused.errors().get(0).getParameter());
        }
        assertEquals(List.of("1", "2", "3"), seen);
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
            assertEquals(i == 0 ? null : "c" + i, r.getRequestUrl().queryParameter("cursor"));
        }
    }

    @Test
    void asyncCallsCompleteWithTheDataOrTheTypedException() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            AdsApiClient client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
            asyncCalls(server, client);
        }
    }

    private static void asyncCalls(MockWebServer server, AdsApiClient client) throws Exception {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody(
                "{\"data\":{\"id\":\"57i8t\",\"name\":\"poll\"},\"request\":{\"params\":{}}}"));
        PollCard card = client.pollCards().getAsync(GetPollCardRequest.builder().accountId("18ce54d4x5t").cardId("57i8t").build())
                .get(30, TimeUnit.SECONDS);
        assertEquals("poll", card.getName());
        server.takeRequest(10, TimeUnit.SECONDS);
        server.enqueue(new MockResponse().setResponseCode(403).setHeader("Content-Type", "application/json").setBody(
                "{\"errors\":[{\"code\":\"ACCOUNT_NOT_FOUND\",\"message\":\"no\"}],\"request\":{\"params\":{}}}"));
        ExecutionException failed = assertThrows(ExecutionException.class, () -> client.pollCards()
                .getAsync(GetPollCardRequest.builder().accountId("other").cardId("57i8t").build()).get(30, TimeUnit.SECONDS));
        assertInstanceOf(ForbiddenException.class, failed.getCause());
        server.takeRequest(10, TimeUnit.SECONDS);
        assertTrue(client.pollCards().toString().startsWith("PollCards"));
    }
}
