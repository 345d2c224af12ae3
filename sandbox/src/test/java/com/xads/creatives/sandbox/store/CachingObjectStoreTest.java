package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cache in front of the database: what it serves from memory, and what a write makes it read again. */
class CachingObjectStoreTest {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    /** Runs inside the next call of the store behind, before it answers: to race a write against a read. */
    private volatile Consumer<String> duringNextCall = name -> { };
    private CachingObjectStore cache;

    @BeforeEach
    void open() throws Exception {
        SqlObjectStore database = SqlObjectStore.migrated(new Database(Files.createTempDirectory("caching")).dataSource());
        ObjectStore counted = (ObjectStore) Proxy.newProxyInstance(ObjectStore.class.getClassLoader(),
                new Class<?>[]{ObjectStore.class}, (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), n -> new AtomicInteger()).incrementAndGet();
                    try {
                        Object answer = method.invoke(database, args);
                        Consumer<String> during = duringNextCall;
                        duringNextCall = name -> { };
                        during.accept(method.getName());
                        return answer;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        cache = new CachingObjectStore(counted);
    }

    private static StoredObject card(String account, String id, String name) {
        return new StoredObject("poll_card", account, id, null, name, "POLL", null, null, false, null, null,
                JsonNodeFactory.instance.objectNode().put("id", id).put("name", name));
    }

    private static ListQuery page(String account) {
        return new ListQuery("poll_card", account, List.of(), List.of(), List.of(), List.of(), null, null, false,
                ListQuery.SortColumn.CREATED_AT, false, 10, null);
    }

    private int calls(String method) {
        return calls.getOrDefault(method, new AtomicInteger()).get();
    }

    @Test
    void aSecondReadByKeyIsServedFromMemoryAsACopy() {
        cache.put(card("a", "1", "first"));
        cache.get("poll_card", "a", "1").orElseThrow().body().put("name", "changed by a caller");
        assertEquals("first", cache.get("poll_card", "a", "1").orElseThrow().name());
        assertEquals("first", cache.get("poll_card", "a", "1").orElseThrow().body().get("name").asText());
        assertEquals(1, calls("get"));
    }

    @Test
    void aWriteMakesTheNextReadGoToTheDatabase() {
        cache.put(card("a", "1", "first"));
        cache.get("poll_card", "a", "1");
        cache.put(card("a", "1", "second"));
        assertEquals("second", cache.get("poll_card", "a", "1").orElseThrow().name());
        cache.delete("poll_card", "a", "1");
        assertEquals(true, cache.get("poll_card", "a", "1").isEmpty());
        assertEquals(3, calls("get"));
    }

    @Test
    void pagesAreDroppedOnlyByWritesToTheirAccountsObjectsOfTheirKind() {
        cache.put(card("a", "1", "first"));
        assertEquals(1, cache.list(page("a")).objects().size());
        cache.list(page("a"));
        assertEquals(1, calls("list"));
        cache.put(card("b", "9", "elsewhere"));
        cache.list(page("a"));
        assertEquals(1, calls("list"), "another account's write leaves the page");
        cache.put(card("a", "2", "second"));
        assertEquals(2, cache.list(page("a")).objects().size());
        assertEquals(2, calls("list"));
        cache.clear();
        assertEquals(0, cache.list(page("a")).objects().size());
        assertEquals(3, calls("list"));
    }

    @Test
    void whatAReadGotBeforeARacingWriteCommittedIsNotServedAfterIt() {
        cache.put(card("a", "1", "old"));
        duringNextCall = name -> cache.put(card("a", "1", "new")); // lands after the read took the old row
        assertEquals("old", cache.get("poll_card", "a", "1").orElseThrow().name());
        assertEquals("new", cache.get("poll_card", "a", "1").orElseThrow().name());

        duringNextCall = name -> cache.put(card("a", "2", "racing"));
        assertEquals(1, cache.list(page("a")).objects().size());
        assertEquals(2, cache.list(page("a")).objects().size());
    }
}
