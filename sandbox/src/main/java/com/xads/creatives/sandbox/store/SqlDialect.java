package com.xads.creatives.sandbox.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * What the store does differently on H2 and PostgreSQL: the upserts, the rate-window draw, the index hint, the
 * statistics after a bulk load, and migrating in turn.
 */
enum SqlDialect {

    // MERGE ... USING rather than MERGE ... KEY, whose update cannot raise the version
    H2("MERGE INTO objects t USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(60)),"
            + " CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(400)), CAST(? AS VARCHAR(80)), CAST(? AS VARCHAR(60)),"
            + " CAST(? AS VARCHAR(2000)), CAST(? AS BOOLEAN), CAST(? AS VARCHAR(40)), CAST(? AS BIGINT),"
            + " CAST(? AS VARCHAR(1000000))))"
            + " s (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at, due_at, body)"
            + " ON t.kind = s.kind AND t.account = s.account AND t.id = s.id"
            + " WHEN MATCHED THEN UPDATE SET alt_id = s.alt_id, name = s.name, type = s.type, parent = s.parent,"
            + " search = s.search, deleted = s.deleted, updated_at = s.updated_at, due_at = s.due_at, body = s.body,"
            + " version = t.version + 1"
            + " WHEN NOT MATCHED THEN INSERT (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at,"
            + " due_at, body, version) VALUES (s.kind, s.account, s.id, s.alt_id, s.name, s.type, s.parent, s.search,"
            + " s.deleted, s.updated_at, s.due_at, s.body, 1)",
            "MERGE INTO uploads (account, media_key, media_type, category, width, height, duration_ms)"
                    + " KEY (account, media_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
            "MERGE INTO settings (name, setting_value) KEY (name) VALUES (?, ?)"),

    POSTGRESQL("INSERT INTO objects (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at, due_at,"
            + " body, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (kind, account, id) DO UPDATE SET"
            + " alt_id = EXCLUDED.alt_id, name = EXCLUDED.name, type = EXCLUDED.type, parent = EXCLUDED.parent,"
            + " search = EXCLUDED.search, deleted = EXCLUDED.deleted, updated_at = EXCLUDED.updated_at,"
            + " due_at = EXCLUDED.due_at, body = EXCLUDED.body, version = objects.version + 1",
            "INSERT INTO uploads (account, media_key, media_type, category, width, height, duration_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, media_key) DO UPDATE SET"
                    + " media_type = EXCLUDED.media_type, category = EXCLUDED.category, width = EXCLUDED.width,"
                    + " height = EXCLUDED.height, duration_ms = EXCLUDED.duration_ms",
            "INSERT INTO settings (name, setting_value) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET setting_value = EXCLUDED.setting_value");

    /** The advisory lock's number; any other user of the database would pick another. */
    private static final long MIGRATION_LOCK_KEY = 0x5A4DB0C5L;

    private final String putObject;
    private final String putUpload;
    private final String putSetting;

    SqlDialect(String putObject, String putUpload, String putSetting) {
        this.putObject = putObject;
        this.putUpload = putUpload;
        this.putSetting = putSetting;
    }

    static SqlDialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new ObjectStore.StoreException(e);
        }
    }

    /**
     * Inserts an object (version 1) or replaces the one with its key, which keeps its seq (its place in the order)
     * and goes one version up, so a conditional write of what was read before fails.
     */
    String putObject() {
        return putObject;
    }

    String putUpload() {
        return putUpload;
    }

    String putSetting() {
        return putSetting;
    }

    String nextInstanceNumber() {
        return this == H2 ? "SELECT NEXT VALUE FOR instance_numbers" : "SELECT nextval('instance_numbers')";
    }

    /**
     * One statement that counts a request into its window (a new window starts again from 1, an unknown key gets a
     * row) and returns the window's count: the row is locked only while the statement runs, with no round trip to
     * the sandbox in between, since every draw of one caller on one endpoint waits for that lock. On PostgreSQL its
     * commit does not wait for the log flush ({@code set_config} of {@code synchronous_commit} for its own
     * transaction): losing the last counts of a window in a crash only lets a few more requests through.
     * Parameters: the key, the window's start.
     */
    String drawFromWindow() {
        return this == H2
                ? "SELECT used FROM FINAL TABLE (MERGE INTO rate_windows t USING (VALUES (CAST(? AS VARCHAR(600)),"
                        + " CAST(? AS BIGINT))) s (window_key, window_start) ON t.window_key = s.window_key"
                        + " WHEN MATCHED THEN UPDATE SET used = CASE WHEN t.window_start = s.window_start THEN t.used + 1"
                        + " ELSE 1 END, window_start = s.window_start"
                        + " WHEN NOT MATCHED THEN INSERT (window_key, window_start, used) VALUES (s.window_key, s.window_start, 1))"
                : "INSERT INTO rate_windows (window_key, window_start, used) SELECT ?, ?, 1"
                        + " WHERE set_config('synchronous_commit', 'off', true) = 'off'"
                        + " ON CONFLICT (window_key) DO UPDATE SET used = CASE WHEN rate_windows.window_start"
                        + " = EXCLUDED.window_start THEN rate_windows.used + 1 ELSE 1 END, window_start = EXCLUDED.window_start"
                        + " RETURNING used";
    }

    /**
     * Runs the work while no other instance on the database runs work of its own here: instances starting at once on
     * one new database migrate it in turn. Flyway's own lock covers the migrations but not its first look at the
     * schema, and an instance found the history table that another had just created still empty, and refused to
     * baseline it. On PostgreSQL a session's advisory lock, given back before the pooled connection is; H2's database
     * is one process's.
     */
    void oneInstanceAtATime(DataSource dataSource, Runnable work) {
        if (this == H2) {
            work.run();
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MIGRATION_LOCK_KEY + ")");
            try {
                work.run();
            } finally {
                s.execute("SELECT pg_advisory_unlock(" + MIGRATION_LOCK_KEY + ")");
            }
        } catch (SQLException e) {
            throw new ObjectStore.StoreException(e);
        }
    }

    /**
     * What makes the planner see the tables as they are. A new PostgreSQL table has no statistics until autovacuum
     * gets to it (a minute or more), and without them the planner read an object by key through an index of its kind
     * alone, passing every object of that kind. H2 is told its indexes ({@link #useIndex}) and needs nothing.
     */
    Optional<String> refreshStatistics() {
        return this == POSTGRESQL ? Optional.of("ANALYZE objects, uploads, settings") : Optional.empty();
    }

    /** H2 is told which index holds the order; PostgreSQL's planner finds it. */
    String useIndex(String index) {
        return this == H2 ? " USE INDEX (" + index + ")" : "";
    }

    /** The Flyway location of the migrations whose SQL differs between the two. */
    String migrations() {
        return this == H2 ? "classpath:db/migration-h2" : "classpath:db/migration-postgresql";
    }
}
