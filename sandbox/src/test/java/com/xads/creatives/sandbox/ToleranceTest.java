package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.http.ParameterTolerance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Parameters an operation does not declare are ignored as the real API ignores them (x-unknown-parameters), never
 * change what is stored, and are named in x-sandbox-ignored-parameters; --strict-parameters refuses them instead.
 */
class ToleranceTest {

    private static final String DRAFT = "/12/accounts/18ce54d4x5t/draft_tweets/994787835663155200";
    private static final String ITEM = "/12/accounts/18ce54d4x5t/media_library/3_1323490622599176192";
    private static TestSandbox sandbox;
    private static TestSandbox strict;

    @BeforeAll
    static void start() throws Exception {
        sandbox = TestSandbox.start(false);
        strict = TestSandbox.start(SandboxServer.start(TestSandbox.options(Files.createTempDirectory("strict"), false, true)
                .withStrictParameters()));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        strict.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void readOnlyMembersSentBackOnAnUpdateAreIgnored() {
        String created = sandbox.send("GET", DRAFT, Map.of(), null).json().path("data").path("created_at").asText();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("id", "994787835663155200");
        query.put("created_at", "2001-01-01T00:00:00Z");
        query.put("user_id", "1");
        query.put("text", "changed");
        TestSandbox.Reply reply = sandbox.send("PUT", DRAFT, query, null);
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("id,created_at,user_id", reply.raw().headers().firstValue(ParameterTolerance.HEADER).orElse(null));
        TestSandbox.Reply read = sandbox.send("GET", DRAFT, Map.of(), null);
        assertEquals("changed", read.json().path("data").path("text").asText());
        assertEquals(created, read.json().path("data").path("created_at").asText());
        assertEquals("756201191646691328", read.json().path("data").path("user_id").asText());
    }

    @Test
    void aPathParameterRepeatedInTheQueryMustHaveThePathsValue() {
        TestSandbox.Reply same = sandbox.send("PUT", ITEM, Map.of("media_key", "3_1323490622599176192", "name", "n"), null);
        assertEquals(200, same.status(), same::toString);
        assertEquals("media_key", same.raw().headers().firstValue(ParameterTolerance.HEADER).orElse(null));
        TestSandbox.Reply other = sandbox.send("PUT", ITEM, Map.of("media_key", "3_957113581522141184", "name", "n"), null);
        assertEquals(400, other.status(), other::toString);
        assertEquals("INVALID_PARAMETER media_key", other.firstError());
    }

    @Test
    void unknownAndEmptyNamesAreIgnoredAndNamed() throws Exception {
        RawHttp.Response response = RawHttp.send(sandbox.uri(), "GET",
                "/12/accounts/18ce54d4x5t/cards/poll?=0&no_such_thing=1&caf%C3%A9=2".getBytes(StandardCharsets.US_ASCII), null, null);
        assertEquals(200, response.status(), response::text);
        assertEquals("\"\",no_such_thing,caf%C3%A9", response.header(ParameterTolerance.HEADER));
        TestSandbox.Reply clean = sandbox.send("GET", "/12/accounts/18ce54d4x5t/cards/poll", Map.of("count", "5"), null);
        assertNull(clean.raw().headers().firstValue(ParameterTolerance.HEADER).orElse(null));
    }

    @Test
    void undeclaredMembersAtTheTopOfAJsonBodyAreIgnored() throws Exception {
        String card = "/12/accounts/18ce54d4x5t/cards/1321554298900107264";
        TestSandbox.Reply reply = sandbox.send("PUT", card, Map.of(), TestSandbox.JSON.readTree(
                "{\"name\":\"renamed\",\"id\":\"1\",\"card_uri\":\"card://1\",\"deleted\":true}"));
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("id,card_uri,deleted", reply.raw().headers().firstValue(ParameterTolerance.HEADER).orElse(null));
        TestSandbox.Reply read = sandbox.send("GET", card, Map.of(), null);
        assertEquals("renamed", read.json().path("data").path("name").asText());
        assertEquals("card://1321554298900107264", read.json().path("data").path("card_uri").asText());
        assertEquals(false, read.json().path("data").path("deleted").asBoolean());
    }

    @Test
    void strictParametersRefuseWhatTheDefaultIgnores() {
        TestSandbox.Reply reply = strict.send("PUT", DRAFT, Map.of("id", "994787835663155200", "text", "changed"), null);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("INVALID_PARAMETER id", reply.firstError());
        assertNotEquals("changed", strict.send("GET", DRAFT, Map.of(), null).json().path("data").path("text").asText());
    }
}
