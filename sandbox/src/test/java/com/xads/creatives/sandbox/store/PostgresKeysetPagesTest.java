package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL too, a page query walks the index that holds its order from the cursor on (EXPLAIN: an index scan,
 * no sort), and the pages of an account's 2,000 objects among 20,000 visit each once. Runs in the PostgreSQL pass
 * of the suite.
 */
class PostgresKeysetPagesTest {

    private static final int OBJECTS = 20_000;
    private static Database database;
    private static SqlObjectStore store;

    @BeforeAll
    static void fill() throws Exception {
        assumeTrue(TestPostgres.ENABLED, "the PostgreSQL pass (-Dsandbox.test.database=postgresql) runs this");
        SandboxOptions.SharedDatabase db = TestPostgres.get().database(Files.createTempDirectory("pg-keyset"));
        database = new Database(db.jdbcUrl(), db.user(), db.password());
        store = SqlObjectStore.migrated(database.dataSource());
        List<StoredObject> batch = new ArrayList<>();
        for (int i = 0; i < OBJECTS; i++) {
            batch.add(new StoredObject("poll_card", i % 10 == 0 ? "acct" : "other" + i % 9, "id" + i, null, "card " + (i * 37 % 1001),
                    "POLL", null, null, i % 5 == 0, "2026-01-" + String.format("%02d", 1 + i % 28) + "T00:00:00Z", null,
                    JsonNodeFactory.instance.objectNode().put("id", "id" + i)));
        }
        store.putAll(batch);
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("ANALYZE objects");
        }
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    private static ListQuery query(ListQuery.SortColumn sort, String cursor) {
        return new ListQuery("poll_card", "acct", List.of(), List.of(), List.of(), List.of(), null, null, true, sort,
                false, 100, cursor);
    }

    @ParameterizedTest
    @EnumSource(ListQuery.SortColumn.class)
    void aPageIsAnIndexScanFromTheCursorWithNoSort(ListQuery.SortColumn sort) {
        Page first = store.list(query(sort, null));
        String plan = store.explain(query(sort, first.nextCursor()));
        String index = switch (sort) {
            case CREATED_AT -> "objects_by_seq";
            case NAME -> "objects_by_name_key";
            case UPDATED_AT -> "objects_by_updated_key";
            case DELETED -> "objects_by_deleted";
        };
        assertTrue(plan.contains("Index Scan using " + index), plan);
        assertFalse(plan.contains("Sort"), plan);
    }

    @ParameterizedTest
    @EnumSource(ListQuery.SortColumn.class)
    void thePagesVisitEachObjectOnce(ListQuery.SortColumn sort) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Page page = store.list(query(sort, cursor));
            page.objects().forEach(o -> walked.add(o.id()));
            cursor = page.nextCursor();
        } while (cursor != null && walked.size() <= OBJECTS);
        assertEquals(OBJECTS / 10, walked.size());
        assertEquals(walked.size(), walked.stream().distinct().count());
    }
}
