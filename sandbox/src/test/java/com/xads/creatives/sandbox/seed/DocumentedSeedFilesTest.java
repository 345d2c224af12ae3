package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.Ids;
import com.xads.creatives.sandbox.engine.MediaLibrary;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceTable;
import com.xads.creatives.sandbox.engine.SandboxClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged documented seed ({@code src/main/resources/seed/docs/}) is what the contract's examples show, so a
 * changed example cannot leave the sandbox serving an old object. After changing examples, rewrite the files with
 * {@code mvn -pl sandbox test -Dtest=DocumentedSeedFilesTest -Dseed.write=true}.
 */
class DocumentedSeedFilesTest {

    private static final Path FILES = Path.of("src/main/resources", SeedFiles.DOCUMENTED);
    private static final ContractDocument CONTRACT = ContractDocument.load();
    private static final ResourceTable RESOURCES = ResourceTable.fromContract(CONTRACT);

    /** The seed the examples give: behaviours on a clock before every example, so nothing depends on today. */
    private static Map<String, ObjectNode> derived() {
        SandboxClock clock = new SandboxClock(Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC));
        EntityContext context = new EntityContext(null, clock, new Ids(clock),
                new MediaLibrary(null, RESOURCES.kind("media_library_item")), RESOURCES);
        Map<String, ResourceBehaviour> behaviours = RESOURCES.behaviours(context);
        return new DocumentedSeed(CONTRACT, RESOURCES, kind -> behaviours.get(kind.key())).files();
    }

    @Test
    void theSeedFilesAreWhatTheExamplesShow() throws IOException {
        Map<String, ObjectNode> derived = derived();
        if (Boolean.getBoolean("seed.write")) {
            Files.createDirectories(FILES);
            try (Stream<Path> old = Files.list(FILES)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, ObjectNode> file : derived.entrySet()) {
                Files.writeString(FILES.resolve(file.getKey() + ".json"),
                        ContractDocument.Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(file.getValue()) + "\n");
            }
        }
        List<String> packaged = new ArrayList<>();
        try (Stream<Path> files = Files.list(FILES)) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(packaged::add);
        }
        assertEquals(derived.keySet().stream().map(s -> s + ".json").sorted().toList(), packaged,
                "one file per entity schema the examples show; rewrite them with -Dseed.write=true");
        for (Map.Entry<String, ObjectNode> file : derived.entrySet()) {
            JsonNode onDisk = ContractDocument.Json.MAPPER.readTree(FILES.resolve(file.getKey() + ".json").toFile());
            assertEquals(file.getValue(), onDisk, file.getKey() + ".json differs from the examples; rewrite with -Dseed.write=true");
        }
    }

    @Test
    void thePackagedSeedValidatesAndHoldsEveryDerivedObject() {
        int count = 0;
        for (ObjectNode file : derived().values()) {
            for (JsonNode objects : file.path("accounts")) {
                count += objects.size();
            }
        }
        Seed seed = new SeedFiles(RESOURCES, new ContractSchemas(CONTRACT), SandboxUsers.accounts()).read(new SeedSource.Documented());
        assertTrue(seed.documented());
        assertTrue(count > 50, "the examples show " + count + " objects");
        assertEquals(count, seed.entries().size());
    }
}
