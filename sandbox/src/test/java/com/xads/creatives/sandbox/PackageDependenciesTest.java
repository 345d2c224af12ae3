package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox's packages depend on each other in one direction only (the engine raises its own errors and the HTTP
 * edge maps them), read from the imports of its sources.
 */
class PackageDependenciesTest {

    private static final String BASE = "com.xads.creatives.sandbox";
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(BASE) + "\\.([a-z]\\w*)?",
            Pattern.MULTILINE);

    @Test
    void noPackageCycle() throws IOException {
        assertEquals(List.of(), cycles(dependencies(Path.of("src/main/java/com/xads/creatives/sandbox"))));
    }

    @Test
    void theEngineAndTheResourcesKnowNothingOfHttp() throws IOException {
        Map<String, Set<String>> deps = dependencies(Path.of("src/main/java/com/xads/creatives/sandbox"));
        for (String inner : List.of("engine", "resources", "store", "seed")) {
            assertTrue(!deps.getOrDefault(inner, Set.of()).contains("http"), inner + " imports http: " + deps.get(inner));
        }
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> deps = Map.of("engine", Set.of("http"), "http", Set.of("engine"), "store", Set.of());
        assertEquals(List.of("engine -> http -> engine"), cycles(deps));
    }

    /** Package (relative to the sandbox's, "" for its own) to the packages its classes import. */
    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path dir = root.relativize(file.getParent());
                String from = dir.getNameCount() == 0 || dir.toString().isEmpty() ? "" : dir.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String to = m.group(1) == null ? "" : m.group(1);
                    if (!to.equals(from)) {
                        deps.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                    }
                }
            }
        }
        return deps;
    }

    static List<String> cycles(Map<String, Set<String>> deps) {
        List<String> found = new ArrayList<>();
        for (String start : new TreeSet<>(deps.keySet())) {
            walk(start, start, new ArrayList<>(List.of(start)), deps, found);
        }
        return found;
    }

    private static void walk(String start, String at, List<String> path, Map<String, Set<String>> deps, List<String> found) {
        for (String next : deps.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                // report each cycle once, from its smallest package
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) {
                    found.add(String.join(" -> ", path) + " -> " + start);
                }
            } else if (!path.contains(next)) {
                path.add(next);
                walk(start, next, path, deps, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
