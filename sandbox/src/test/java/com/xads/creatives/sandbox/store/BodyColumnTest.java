package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bodies are stored inline (VARCHAR) in new data directories, and a directory from before, whose body column is a
 * CLOB, opens and reads and writes as before.
 */
class BodyColumnTest {

    @Test
    void aNewDirectoryStoresBodiesInline() throws Exception {
        try (Database db = new Database(Files.createTempDirectory("inline"))) {
            SqlObjectStore.migrated(db.dataSource());
            assertEquals("CHARACTER VARYING", bodyColumnType(db));
        }
    }

    @Test
    void aDirectoryWithClobBodiesStillWorks() throws Exception {
        Path dir = Files.createTempDirectory("clob-era");
        String longName = "x".repeat(5_000); // well past the size H2 keeps a CLOB in its row
        try (Database old = new Database(dir); Connection c = old.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE objects (
                      seq BIGINT AUTO_INCREMENT PRIMARY KEY,
                      kind VARCHAR(40) NOT NULL, account VARCHAR(40) NOT NULL, id VARCHAR(60) NOT NULL,
                      alt_id VARCHAR(80), name VARCHAR(400), type VARCHAR(80), parent VARCHAR(60), search VARCHAR(2000),
                      deleted BOOLEAN NOT NULL, updated_at VARCHAR(40), body CLOB NOT NULL,
                      CONSTRAINT objects_key UNIQUE (kind, account, id))""");
            s.execute("INSERT INTO objects (kind, account, id, deleted, body) VALUES ('poll_card', 'a', '1', FALSE, "
                    + "'{\"id\":\"1\",\"name\":\"" + longName + "\"}')");
        }
        try (Database reopened = new Database(dir)) {
            ObjectStore store = SqlObjectStore.migrated(reopened.dataSource());
            assertEquals(longName, store.get("poll_card", "a", "1").orElseThrow().body().get("name").asText());
            store.put(new StoredObject("poll_card", "a", "2", null, null, null, null, null, false, null, null,
                    JsonNodeFactory.instance.objectNode().put("name", longName)));
            assertEquals(longName, store.get("poll_card", "a", "2").orElseThrow().body().get("name").asText());
            assertEquals("CHARACTER LARGE OBJECT", bodyColumnType(reopened));
        }
    }

    private static String bodyColumnType(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_NAME = 'OBJECTS' AND COLUMN_NAME = 'BODY'")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
