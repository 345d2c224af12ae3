package com.xads.creatives.sandbox.journal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The latest requests to the API paths, oldest first, in memory and within a bound (the oldest go first), so a test
 * can check what its code sent. Read through {@code GET /_sandbox/requests} or {@link #find}; cleared by a reset.
 */
public final class RequestJournal {

    public static final int DEFAULT_CAPACITY = 5_000;
    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long sequence;
    private long dropped;

    public RequestJournal(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void record(Instant at, String method, String path, String operationId,
                                    Map<String, List<String>> query, String body, String userId, int status, long millis,
                                    String fault) {
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(new JournalEntry(++sequence, at, method, path, operationId, query, body, userId, status, millis, fault));
    }

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries that pass the filter, oldest first. */
    public synchronized List<JournalEntry> entries(Predicate<JournalEntry> filter) {
        List<JournalEntry> found = new ArrayList<>();
        for (JournalEntry e : entries) {
            if (filter.test(e)) {
                found.add(e);
            }
        }
        return found;
    }

    /** The requests of an operation, oldest first. */
    public List<JournalEntry> find(String operationId) {
        return entries(e -> operationId.equals(e.operationId()));
    }

    /** How many requests the bound has dropped since the start or the last clear. */
    public synchronized long dropped() {
        return dropped;
    }

    public synchronized void clear() {
        entries.clear();
        dropped = 0;
    }
}
