package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * cards/all as the contract says (errata.yaml D03): the cards of the per-type endpoints, in the legacy shape; a card of
 * the JSON card endpoint is not found there, and is read with getCard.
 */
class FetchCardsTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(false);

    @Test
    void aPollCardIsFoundByUriAndByIdInTheLegacyShape() {
        TestSandbox.Reply byUri = sandbox.send("GET", ACCOUNT + "/cards/all", Map.of("card_uris", "card://950593749658189824"), null);
        assertEquals(1, byUri.json().path("data").size(), byUri::toString);
        assertEquals("57i8t", byUri.json().path("data").path(0).path("id").asText());
        assertEquals(200, sandbox.send("GET", ACCOUNT + "/cards/all/57i8t", Map.of(), null).status());
    }

    @Test
    void aCardOfTheJsonEndpointIsReadWithGetCardNotFetched() {
        String uri = "card://1321554298900107264";
        TestSandbox.Reply fetched = sandbox.send("GET", ACCOUNT + "/cards/all", Map.of("card_uris", uri), null);
        assertEquals(200, fetched.status(), fetched::toString);
        assertEquals(0, fetched.json().path("data").size(), fetched::toString);
        assertEquals(404, sandbox.send("GET", ACCOUNT + "/cards/all/1321554298900107264", Map.of(), null).status());
        TestSandbox.Reply read = sandbox.send("GET", ACCOUNT + "/cards/1321554298900107264", Map.of(), null);
        assertEquals(uri, read.json().path("data").path("card_uri").asText());
    }
}
