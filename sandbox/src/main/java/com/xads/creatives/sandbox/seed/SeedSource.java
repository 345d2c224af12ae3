package com.xads.creatives.sandbox.seed;

import java.nio.file.Path;

/**
 * What a new data directory (and each reset) starts with: {@code docs}, every object the contract's examples show
 * (the seed files packaged under {@code seed/docs/}); {@code empty}; or a directory of seed files.
 */
public sealed interface SeedSource {

    /** The documented objects, adjusted so each documented request replays (see {@link Seeder}). */
    record Documented() implements SeedSource {
    }

    record Empty() implements SeedSource {
    }

    record Directory(Path path) implements SeedSource {
    }

    /** The value of {@code --seed}: {@code docs}, {@code empty} or a directory. */
    static SeedSource of(String option) {
        return switch (option) {
            case "docs" -> new Documented();
            case "empty" -> new Empty();
            default -> new Directory(Path.of(option));
        };
    }
}
