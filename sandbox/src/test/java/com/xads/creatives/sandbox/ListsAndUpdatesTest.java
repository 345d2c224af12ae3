package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paging, totals, search, sorting and filters of the lists; partial updates and unsetting of the updates. */
class ListsAndUpdatesTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";
    private static final String POLLS = ACCOUNT + "/cards/poll";
    private static final List<String> NAMES = List.of("Paging c", "paging a", "Paging e", "paging b", "Paging d",
            "paging g", "Paging f");
    private static final List<String> CREATED = new ArrayList<>();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    @BeforeAll
    static void start() {
        for (String name : NAMES) {
            TestSandbox.Reply reply = sandbox.send("POST", POLLS, Map.of("name", name, "duration_in_minutes", "60",
                    "first_choice", "Yes", "second_choice", "No"), null);
            assertEquals(200, reply.status(), reply::toString);
            CREATED.add(reply.json().path("data").path("id").asText());
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void cursorsWalkEveryMatchOnceAndTotalsCountThem() {
        Map<String, String> query = new HashMap<>(Map.of("q", "paging", "count", "3"));
        List<String> seen = new ArrayList<>();
        int pages = 0;
        while (true) {
            JsonNode page = sandbox.send("GET", POLLS, query, null).json();
            List<String> ids = ids(page);
            assertTrue(ids.size() <= 3);
            seen.addAll(ids);
            pages++;
            if (page.path("next_cursor").isNull()) {
                break;
            }
            query.put("cursor", page.path("next_cursor").asText());
        }
        assertEquals(3, pages);
        assertEquals(CREATED, seen, "created order, each once");
        JsonNode counted = sandbox.send("GET", POLLS, Map.of("q", "paging", "count", "3", "with_total_count", "true"), null).json();
        assertEquals(7, counted.path("total_count").asInt());
        assertFalse(sandbox.send("GET", POLLS, Map.of("q", "paging"), null).json().has("total_count"));
    }

    @Test
    void searchIsANamePrefixIgnoringCase() {
        assertEquals(7, ids(sandbox.send("GET", POLLS, Map.of("q", "PAGING"), null).json()).size());
        assertEquals(0, ids(sandbox.send("GET", POLLS, Map.of("q", "aging"), null).json()).size());
    }

    @Test
    void sortByCreatedAtDescendingReversesTheOrder() {
        List<String> descending = ids(sandbox.send("GET", POLLS, Map.of("q", "paging", "sort_by", "created_at-desc"), null).json());
        List<String> expected = new ArrayList<>(CREATED);
        java.util.Collections.reverse(expected);
        assertEquals(expected, descending);
    }

    @Test
    void cardIdsFilterKeepsOnlyThoseCards() {
        String two = CREATED.get(1) + "," + CREATED.get(4);
        assertEquals(List.of(CREATED.get(1), CREATED.get(4)), ids(sandbox.send("GET", POLLS, Map.of("card_ids", two), null).json()));
    }

    @Test
    void anUpdateChangesOnlyWhatIsSentAndAnEmptyValueUnsets() {
        String image = sandbox.upload("18ce54d4x5t", "TWEET_IMAGE", 1200, 628, 0);
        assertEquals(200, sandbox.send("POST", ACCOUNT + "/media_library", Map.of("media_key", image), null).status());
        JsonNode draft = sandbox.send("POST", ACCOUNT + "/draft_tweets", Map.of("as_user_id", SandboxUsers.FIRST.id(),
                "text", "first words", "media_keys", image, "name", "draft name"), null).json().path("data");
        String path = ACCOUNT + "/draft_tweets/" + draft.path("id").asText();

        JsonNode renamed = sandbox.send("PUT", path, Map.of("text", "second words"), null).json().path("data");
        assertEquals("second words", renamed.path("text").asText());
        assertEquals("draft name", renamed.path("name").asText());
        assertEquals(image, renamed.path("media_keys").path(0).asText());

        JsonNode unset = sandbox.send("PUT", path, Map.of("media_keys", ""), null).json().path("data");
        assertEquals(0, unset.path("media_keys").size());
        assertEquals("second words", unset.path("text").asText());
    }
}
