package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The contract against answers of the real API that nobody here wrote: every recording from v11 or later is valid
 * against its operation's 200 schema; every difference of an older recording is listed as version drift in
 * errata.yaml with its reason and the page that shows it, and every listed drift still occurs. Hand-made fixtures
 * (third-party mocks) are reported, not required.
 */
class RealRecordingsTest {

    private static final int CURRENT_FROM = 11;

    @BeforeAll
    static void recordingsArePresent() {
        assumeTrue(RealRecordings.available(), "real recordings not found at " + RealRecordings.directory()
                + " (set REAL_FIXTURES_DIR)");
    }

    @Test
    void everyFileIsListedWithAnOperationOfTheContract() throws IOException {
        Set<String> listed = RealRecordings.listed().stream().map(RealRecordings.Fixture::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(RealRecordings.directory())) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .forEach(n -> assertTrue(listed.contains(n), n + " is not in the README's tables"));
        }
        RealRecordings.listed().forEach(f -> assertNotNull(Contract.DOCUMENT.operation(f.operationId()),
                f.file() + ": no operation " + f.operationId()));
        assertFalse(RealRecordings.listed().stream().noneMatch(RealRecordings.Fixture::recording), "no recordings listed");
    }

    @Test
    void recordingsValidateOrTheirDriftIsListedBothWays() throws IOException {
        Set<String> drift = new TreeSet<>();
        for (JsonNode entry : Errata.versionDrift()) {
            for (String member : List.of("file", "location", "keyword", "version", "why", "page")) {
                assertFalse(entry.path(member).asText().isBlank(), "version_drift entry without " + member + ": " + entry);
            }
            drift.add(entry.path("file").asText() + " " + entry.path("location").asText() + " " + entry.path("keyword").asText());
        }
        Set<String> failing = new TreeSet<>();
        int recordings = 0;
        int valid = 0;
        int current = 0;
        List<String> currentFailures = new ArrayList<>();
        for (RealRecordings.Fixture fixture : RealRecordings.listed()) {
            if (!fixture.recording()) {
                continue;
            }
            recordings++;
            List<String> problems = RealRecordings.differences(fixture);
            if (problems.isEmpty()) {
                valid++;
            }
            if (fixture.version() != null && fixture.version() >= CURRENT_FROM) {
                current++;
                currentFailures.addAll(problems);
            } else {
                failing.addAll(problems);
            }
        }
        System.out.printf("real recordings valid: %d of %d (v%d or later: %d of %d); version drift listed: %d%n", valid,
                recordings, CURRENT_FROM, current - (int) currentFailures.stream().map(s -> s.split(" ")[0]).distinct().count(),
                current, drift.size());
        assertEquals(List.of(), currentFailures, "recordings of the current API that the contract refuses");
        assertEquals(drift, failing, "version drift listed in errata.yaml against what the older recordings break");
    }

    @Test
    void handMadeFixturesAreReported() throws IOException {
        int fixtures = 0;
        int valid = 0;
        for (RealRecordings.Fixture fixture : RealRecordings.listed()) {
            if (fixture.recording()) {
                continue;
            }
            fixtures++;
            List<String> problems = RealRecordings.differences(fixture);
            if (problems.isEmpty()) {
                valid++;
            } else {
                System.out.println("not a recording, differs: " + problems);
            }
        }
        System.out.printf("hand-made fixtures valid: %d of %d (reported only)%n", valid, fixtures);
        assertTrue(fixtures > 0 || RealRecordings.listed().stream().allMatch(RealRecordings.Fixture::recording));
    }
}
