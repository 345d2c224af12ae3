package com.xads.creatives.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed pages the contract was written from (../shared/seeds beside the repository, or $SEEDS_DIR),
 * read line by line. They are not part of the repository; tests that need them are skipped without them.
 */
final class SeedPages {

    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();

    private SeedPages() {
    }

    static Path directory() {
        String fromEnv = System.getenv("SEEDS_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        Path module = Path.of("").toAbsolutePath();
        return module.getParent().getParent().resolve("shared").resolve("seeds");
    }

    static boolean available() {
        return Files.isDirectory(directory());
    }

    static List<String> lines(String file) {
        return LINES.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(directory().resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static List<String> files() {
        try (var stream = Files.list(directory())) {
            return stream.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON block starting at a 1-based line: from that line's '{' to the next line starting with '}'. */
    static String block(String file, int line) {
        List<String> lines = lines(file);
        if (!lines.get(line - 1).startsWith("{")) {
            throw new IllegalArgumentException(file + ":" + line + " does not start a JSON block");
        }
        List<String> block = new ArrayList<>();
        for (int i = line - 1; ; i++) {
            block.add(lines.get(i));
            if (lines.get(i).startsWith("}")) {
                return String.join("\n", block);
            }
        }
    }

    /** 1-based lines that start a JSON block. */
    static List<Integer> blockStarts(String file) {
        List<Integer> starts = new ArrayList<>();
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{")) {
                starts.add(i + 1);
                while (!lines.get(i).startsWith("}")) {
                    i++;
                }
            }
        }
        return starts;
    }
}
