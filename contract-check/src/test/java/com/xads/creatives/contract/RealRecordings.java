package com.xads.creatives.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The responses of the real API recorded by other clients' projects (../shared/real_fixtures beside the
 * repository, or $REAL_FIXTURES_DIR), as their README lists them: file, operation, API version, and whether the
 * file is a recording or a hand-made fixture. Not part of the repository; tests that need them are skipped without.
 */
final class RealRecordings {

    /** One listed file; {@code version} is null for the files that are not recordings. */
    record Fixture(String file, String operationId, Integer version, boolean recording) {
        @Override
        public String toString() {
            return file;
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+\\.json)`\\s*\\|\\s*`([^`]+)`\\s*\\|(.*)$");
    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d+)\\s*\\|");

    private RealRecordings() {
    }

    static Path directory() {
        String fromEnv = System.getenv("REAL_FIXTURES_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return Path.of("").toAbsolutePath().getParent().getParent().resolve("shared").resolve("real_fixtures");
    }

    static boolean available() {
        return Files.isRegularFile(directory().resolve("README.md"));
    }

    /** The rows of the README's two tables, in order. */
    static List<Fixture> listed() {
        List<Fixture> fixtures = new ArrayList<>();
        boolean recordings = false;
        try {
            for (String line : Files.readAllLines(directory().resolve("README.md"))) {
                if (line.startsWith("## ")) {
                    recordings = line.toLowerCase().contains("recorded from the real api");
                }
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    Matcher version = VERSION.matcher(row.group(3));
                    fixtures.add(new Fixture(row.group(1), row.group(2),
                            recordings && version.find() ? Integer.valueOf(version.group(1)) : null, recordings));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    /** What fails in one file, as "file location keyword" (the form of the version_drift entries; indices as *). */
    static List<String> differences(Fixture fixture) throws IOException {
        com.fasterxml.jackson.databind.JsonNode recorded = Errata.STRICT_JSON.readTree(text(fixture));
        String schema = Contract.DOCUMENT.operation(fixture.operationId()).pointer()
                + "/responses/200/content/application~1json/schema";
        return Contract.SCHEMAS.problems(schema, recorded).stream()
                .map(p -> fixture.file() + " " + (p.location().isEmpty() ? "/" : p.location().replaceAll("/[0-9]+(?=/|$)", "/*"))
                        + " " + p.keyword())
                .distinct().sorted().toList();
    }

    /** "valid N of M recordings" for the coverage report. */
    static String summary() throws IOException {
        int recordings = 0;
        int valid = 0;
        for (Fixture f : listed()) {
            if (f.recording()) {
                recordings++;
                valid += differences(f).isEmpty() ? 1 : 0;
            }
        }
        return "real recordings valid: " + valid + " of " + recordings + "; version drift listed: " + Errata.versionDrift().size();
    }

    static String text(Fixture fixture) {
        try {
            return Files.readString(directory().resolve(fixture.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
