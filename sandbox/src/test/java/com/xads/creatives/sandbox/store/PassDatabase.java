package com.xads.creatives.sandbox.store;

import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;

/** A new, empty database of the pass the suite runs in: an H2 data directory, or (PostgreSQL pass) one of the test cluster. */
final class PassDatabase {

    private PassDatabase() {
    }

    static Database open(String name) throws Exception {
        Path dir = Files.createTempDirectory(name);
        if (TestPostgres.ENABLED) {
            SandboxOptions.SharedDatabase db = TestPostgres.get().database(dir);
            return new Database(db.jdbcUrl(), db.user(), db.password());
        }
        return new Database(dir);
    }
}
