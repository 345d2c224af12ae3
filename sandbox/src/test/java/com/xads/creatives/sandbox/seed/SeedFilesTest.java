package com.xads.creatives.sandbox.seed;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.sandbox.engine.ResourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seed directory is read file by file; a file that does not fit the contract is refused naming file, pointer and why. */
class SeedFilesTest {

    private static final ContractDocument CONTRACT = ContractDocument.load();
    private static final SeedFiles FILES = new SeedFiles(ResourceTable.fromContract(CONTRACT), new ContractSchemas(CONTRACT),
            Set.of("18ce54d4x5t", "18ce54bgxky"));
    static final String POLL = """
            {"schema": "PollCard", "accounts": {"18ce54bgxky": [%s]}}""";
    static final String CARD = """
            {"id": "%s", "name": "%s", "card_type": "TEXT_POLLS", "card_uri": "card://1", "first_choice": "A",
             "second_choice": "B", "duration_in_minutes": "60", "start_time": "2024-01-01T00:00:00Z",
             "end_time": "2024-01-01T01:00:00Z", "created_at": "2024-01-01T00:00:00Z",
             "updated_at": "2024-01-01T00:00:00Z", "deleted": false}""";

    @TempDir
    Path dir;

    private SeedException refused(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content);
        return assertThrows(SeedException.class, () -> FILES.read(new SeedSource.Directory(dir)));
    }

    @Test
    void objectsOfEachFileAreReadInOrderForTheirAccount() throws IOException {
        Files.writeString(dir.resolve("b.json"), POLL.formatted(CARD.formatted("p2", "second")));
        Files.writeString(dir.resolve("a.json"), POLL.formatted(CARD.formatted("p1", "first")));
        Files.writeString(dir.resolve("notes.txt"), "not a seed file");
        Seed seed = FILES.read(new SeedSource.Directory(dir));
        assertFalse(seed.documented(), "a directory's objects are stored as written");
        assertEquals(2, seed.entries().size());
        assertEquals("p1", seed.entries().get(0).body().path("id").asText(), "files in name order");
        assertEquals("18ce54bgxky", seed.entries().get(0).account());
        assertEquals("poll_card", seed.entries().get(0).kind().key());
    }

    @Test
    void anObjectTheSchemaRefusesNamesFilePointerAndMessage() throws IOException {
        String bad = CARD.formatted("p1", "first").replace("\"TEXT_POLLS\"", "42");
        SeedException e = refused("cards.json", POLL.formatted(CARD.formatted("p0", "ok") + ", " + bad));
        assertTrue(e.getMessage().startsWith("seed file " + dir.resolve("cards.json") + " at /accounts/18ce54bgxky/1/card_type: "),
                e.getMessage());
    }

    @Test
    void anUnknownSchemaIsRefusedWithTheKnownOnes() throws IOException {
        SeedException e = refused("x.json", "{\"schema\": \"Pollcard\", \"accounts\": {}}");
        assertTrue(e.getMessage().contains("at /schema: names no entity schema of the contract; one of ["), e.getMessage());
        assertTrue(e.getMessage().contains("PollCard"), e.getMessage());
    }

    @Test
    void brokenJsonGivesTheLine() throws IOException {
        SeedException e = refused("x.json", "{\"schema\": \"PollCard\",\n \"accounts\": {");
        assertTrue(e.getMessage().contains("not JSON") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void accountsMustHoldArrays() throws IOException {
        SeedException e = refused("x.json", "{\"schema\": \"PollCard\", \"accounts\": {\"18ce54bgxky\": {}}}");
        assertTrue(e.getMessage().contains("at /accounts/18ce54bgxky: an array of PollCard objects"), e.getMessage());
    }

    @Test
    void anAccountNoUserOwnsIsRefused() throws IOException {
        SeedException e = refused("x.json", POLL.replace("18ce54bgxky", "nobodys").formatted(CARD.formatted("p1", "a")));
        assertTrue(e.getMessage().contains("at /accounts/nobodys: no user of the sandbox owns account nobodys"), e.getMessage());
    }

    @Test
    void aMissingDirectoryIsRefused() {
        SeedException e = assertThrows(SeedException.class, () -> FILES.read(new SeedSource.Directory(dir.resolve("none"))));
        assertTrue(e.getMessage().contains("--seed takes docs, empty or a directory"), e.getMessage());
    }

    @Test
    void theSeedOptionNamesDocsEmptyOrADirectory() {
        assertEquals(new SeedSource.Documented(), SeedSource.of("docs"));
        assertEquals(new SeedSource.Empty(), SeedSource.of("empty"));
        assertEquals(new SeedSource.Directory(Path.of("my-seed")), SeedSource.of("my-seed"));
        assertTrue(FILES.read(new SeedSource.Empty()).entries().isEmpty());
    }
}
