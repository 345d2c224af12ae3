package com.xads.creatives.sandbox.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** The statements of the store that H2 and PostgreSQL write differently: the upserts and the index hint. */
enum SqlDialect {

    H2("MERGE INTO objects (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at, due_at, body)"
            + " KEY (kind, account, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            "MERGE INTO uploads (account, media_key, media_type, category, width, height, duration_ms)"
                    + " KEY (account, media_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
            "MERGE INTO settings (name, setting_value) KEY (name) VALUES (?, ?)"),

    POSTGRESQL("INSERT INTO objects (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at, due_at, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, account, id) DO UPDATE SET"
            + " alt_id = EXCLUDED.alt_id, name = EXCLUDED.name, type = EXCLUDED.type, parent = EXCLUDED.parent,"
            + " search = EXCLUDED.search, deleted = EXCLUDED.deleted, updated_at = EXCLUDED.updated_at,"
            + " due_at = EXCLUDED.due_at, body = EXCLUDED.body",
            "INSERT INTO uploads (account, media_key, media_type, category, width, height, duration_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, media_key) DO UPDATE SET"
                    + " media_type = EXCLUDED.media_type, category = EXCLUDED.category, width = EXCLUDED.width,"
                    + " height = EXCLUDED.height, duration_ms = EXCLUDED.duration_ms",
            "INSERT INTO settings (name, setting_value) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET setting_value = EXCLUDED.setting_value");

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

    /** Inserts an object or replaces the one with its key, which keeps its seq (its place in the order). */
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
     * A counter's transaction need not wait for the disk: losing the last counts of a window in a crash only lets a
     * few more requests through. PostgreSQL then commits without flushing its log; H2 has no such setting.
     */
    void countOnly(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (var s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit TO OFF");
            }
        }
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
