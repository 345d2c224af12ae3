package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.seed.SeedException;
import com.xads.creatives.sandbox.seed.SeedSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --seed empty starts with nothing, --seed DIR with the directory's objects (again after a reset), a bad file stops the start. */
class SeedSourcesTest {

    private static final String POLLS = "/12/accounts/18ce54bgxky/cards/poll";

    @TempDir
    Path dir;

    private TestSandbox started(SeedSource seed) throws IOException {
        return TestSandbox.start(SandboxServer.start(TestSandbox.options(dir.resolve("data"), false, false).withSeed(seed)));
    }

    @Test
    void anEmptySeedHasNoDocumentedObjects() throws IOException {
        try (TestSandbox sandbox = started(new SeedSource.Empty())) {
            assertEquals(404, sandbox.send("GET", "/12/accounts/18ce54d4x5t/cards/poll/57i8t", Map.of(), null).status());
            assertEquals(0, sandbox.send("GET", "/12/accounts/18ce54d4x5t/cards/poll", Map.of(), null).json()
                    .path("data").size());
        }
    }

    @Test
    void aDirectorySeedIsServedAndComesBackOnReset() throws IOException {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.writeString(seed.resolve("polls.json"), SeedFilesTestData.POLL);
        try (TestSandbox sandbox = started(new SeedSource.Directory(seed))) {
            assertEquals("mine", sandbox.send("GET", POLLS + "/p1", Map.of(), null).json().path("data").path("name").asText());
            assertEquals(200, sandbox.send("DELETE", POLLS + "/p1", Map.of(), null).status());
            assertEquals(404, sandbox.send("GET", POLLS + "/p1", Map.of(), null).status());
            sandbox.reset();
            assertEquals("mine", sandbox.send("GET", POLLS + "/p1", Map.of(), null).json().path("data").path("name").asText());
            assertEquals(404, sandbox.send("GET", "/12/accounts/18ce54d4x5t/cards/poll/57i8t", Map.of(), null).status(),
                    "a directory seed replaces the documented one");
        }
    }

    @Test
    void aSeedFileThatDoesNotValidateStopsTheStart() throws IOException {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Files.writeString(seed.resolve("polls.json"), SeedFilesTestData.POLL.replace("\"mine\"", "7"));
        SeedException e = assertThrows(SeedException.class, () -> started(new SeedSource.Directory(seed)));
        assertTrue(e.getMessage().contains("polls.json at /accounts/18ce54bgxky/0/name"), e.getMessage());
    }

    /** One valid poll card of account 18ce54bgxky. */
    static final class SeedFilesTestData {
        static final String POLL = """
                {"schema": "PollCard", "accounts": {"18ce54bgxky": [{"id": "p1", "name": "mine", "card_type": "TEXT_POLLS",
                 "card_uri": "card://1", "first_choice": "A", "second_choice": "B", "duration_in_minutes": "60",
                 "start_time": "2024-01-01T00:00:00Z", "end_time": "2024-01-01T01:00:00Z",
                 "created_at": "2024-01-01T00:00:00Z", "updated_at": "2024-01-01T00:00:00Z", "deleted": false}]}}""";
    }
}
