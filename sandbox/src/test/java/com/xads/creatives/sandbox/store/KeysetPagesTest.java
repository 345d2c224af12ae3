package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages walk every object once in the requested order, and the database plan of every page query starts inside an
 * index that already holds the order (no sort, no scan of the rows before the cursor): what keeps a page's cost
 * flat however many objects an account holds. The timing itself is measured in bench/, not here.
 */
class KeysetPagesTest {

    private static final int OBJECTS = 500;
    private static Database database;
    private static SqlObjectStore store;
    private static final List<StoredObject> STORED = new ArrayList<>();

    @BeforeAll
    static void fill() throws Exception {
        database = new Database(Files.createTempDirectory("keyset"));
        store = SqlObjectStore.migrated(database.dataSource());
        for (int i = 0; i < OBJECTS; i++) {
            String name = i % 7 == 0 ? null : "card " + (i * 37 % 101);
            StoredObject o = new StoredObject("poll_card", "acct", "id" + i, null, name, "POLL", null, null, i % 5 == 0,
                    i % 3 == 0 ? null : "2026-01-" + String.format("%02d", 1 + i % 28) + "T00:00:00Z", null,
                    JsonNodeFactory.instance.objectNode().put("id", "id" + i));
            store.put(o);
            STORED.add(o);
            store.put(new StoredObject("poll_card", "other", "id" + i, null, name, "POLL", null, null, false, null, null,
                    JsonNodeFactory.instance.objectNode()));
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> orders() {
        return Stream.of(ListQuery.SortColumn.values()).flatMap(c -> Stream.of(Arguments.of(c, false), Arguments.of(c, true)));
    }

    private static ListQuery query(ListQuery.SortColumn sort, boolean descending, String cursor) {
        return new ListQuery("poll_card", "acct", List.of(), List.of(), List.of(), List.of(), null, null, true, sort,
                descending, 40, cursor);
    }

    private static String key(StoredObject o, ListQuery.SortColumn sort) {
        return switch (sort) {
            case CREATED_AT -> "";
            case NAME -> o.name() == null ? "" : o.name();
            case UPDATED_AT -> o.updatedAt() == null ? "" : o.updatedAt();
            case DELETED -> String.valueOf(o.deleted());
        };
    }

    @ParameterizedTest(name = "{0} descending={1}")
    @MethodSource("orders")
    void pagesWalkEveryObjectOnceInOrder(ListQuery.SortColumn sort, boolean descending) {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Page page = store.list(query(sort, descending, cursor));
            page.objects().forEach(o -> walked.add(o.id()));
            cursor = page.nextCursor();
        } while (cursor != null);
        Comparator<StoredObject> order = Comparator.comparing((StoredObject o) -> key(o, sort))
                .thenComparing(o -> STORED.indexOf(o));
        List<String> expected = STORED.stream().sorted(descending ? order.reversed() : order).map(StoredObject::id).toList();
        assertEquals(expected, walked);
    }

    @ParameterizedTest(name = "{0} descending={1}")
    @MethodSource("orders")
    void aPageStartsInsideAnOrderedIndex(ListQuery.SortColumn sort, boolean descending) {
        Page first = store.list(query(sort, descending, null));
        String plan = store.explain(query(sort, descending, first.nextCursor()));
        String index = switch (sort) {
            case CREATED_AT -> "OBJECTS_BY_SEQ";
            case NAME -> "OBJECTS_BY_NAME_KEY";
            case UPDATED_AT -> "OBJECTS_BY_UPDATED_KEY";
            case DELETED -> "OBJECTS_BY_DELETED";
        };
        assertTrue(plan.contains(index), plan);
        assertTrue(plan.contains("index sorted"), "no sort step: " + plan);
        String start = sort == ListQuery.SortColumn.CREATED_AT ? "SEQ" : sort.column.toUpperCase();
        String scan = plan.substring(plan.indexOf("/* PUBLIC." + index + ":"), plan.indexOf("*/"));
        for (String bound : List.of("KIND = ?1", "ACCOUNT = ?2")) {
            assertTrue(scan.contains(bound), "the index scan is bounded by " + bound + ": " + plan);
        }
        assertTrue(scan.matches("(?s).*" + start + " [<>]=? \\?3.*"), "the cursor bounds the index scan: " + plan);
    }
}
