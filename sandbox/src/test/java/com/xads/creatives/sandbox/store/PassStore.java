package com.xads.creatives.sandbox.store;

import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.TestPostgres;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A store on a new, migrated database for each test, of the pass the suite runs in: an H2 data directory, or (in the
 * PostgreSQL pass) a database of the test cluster. {@code @RegisterExtension final PassStore pass = new PassStore("x")}.
 */
final class PassStore implements BeforeEachCallback, AfterEachCallback {

    private final String name;
    private Database database;
    private ObjectStore store;

    PassStore(String name) {
        this.name = name;
    }

    ObjectStore store() {
        return store;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path dir = Files.createTempDirectory(name);
        if (TestPostgres.ENABLED) {
            SandboxOptions.SharedDatabase db = TestPostgres.get().database(dir);
            database = new Database(db.jdbcUrl(), db.user(), db.password());
        } else {
            database = new Database(dir);
        }
        store = SqlObjectStore.migrated(database.dataSource());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.close();
    }
}
