package com.xads.creatives.sandbox.store;

import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.TestPostgres;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Instances that start at once on one new PostgreSQL database (the README's shared sandbox starts three in a loop)
 * migrate it one after the other. Without that, one of three sandbox processes failed to start now and then: it
 * looked for Flyway's history table, found none, then found the schema no longer empty (another instance had just
 * created the table) and tried to baseline a table that was there and empty. Here the test holds the migration lock,
 * as an instance in the middle of its migration does: a starting instance touches nothing until it is given back,
 * then migrates.
 */
class ConcurrentMigrationsTest {

    @Test
    void anInstanceWaitsForTheMigrationOfAnother() throws Exception {
        assumeTrue(TestPostgres.ENABLED, "the PostgreSQL pass (-Dsandbox.test.database=postgresql) runs this");
        SandboxOptions.SharedDatabase db = TestPostgres.get().database(Files.createTempDirectory("migrations"));
        try (Database first = new Database(db.jdbcUrl(), db.user(), db.password());
             Database second = new Database(db.jdbcUrl(), db.user(), db.password());
             Connection c = first.dataSource().getConnection(); Statement look = c.createStatement()) {
            CompletableFuture<Void> starting = new CompletableFuture<>();
            SqlDialect.POSTGRESQL.oneInstanceAtATime(first.dataSource(), () -> {
                starting.completeAsync(() -> {
                    Migrations.migrate(second.dataSource());
                    return null;
                });
                try {
                    Thread.sleep(1_500);
                    assertFalse(starting.isDone(), "the second instance migrated while the first held the lock");
                    assertFalse(historyExists(look), "the second instance created Flyway's history table meanwhile");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            starting.get(60, TimeUnit.SECONDS);
            assertTrue(historyExists(look));
            try (ResultSet versions = look.executeQuery("SELECT count(DISTINCT version) = count(*), count(*) > 0"
                    + " FROM flyway_schema_history WHERE success")) {
                versions.next();
                assertEquals(true, versions.getBoolean(1), "a migration recorded twice");
                assertEquals(true, versions.getBoolean(2), "no migration recorded");
            }
        }
    }

    private static boolean historyExists(Statement s) throws Exception {
        try (ResultSet r = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            r.next();
            return r.getBoolean(1);
        }
    }
}
