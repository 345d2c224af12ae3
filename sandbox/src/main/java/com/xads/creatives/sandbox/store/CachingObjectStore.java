package com.xads.creatives.sandbox.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps objects read by key and pages read by query in size-bounded Caffeine caches in front of another store.
 * Each account's objects of a kind carry a version that every write through this store raises after it commits;
 * what was read under an older version is never served, so a read that raced a write cannot keep the old state.
 * Uploads, settings and due times always go to the store behind.
 */
public final class CachingObjectStore implements ObjectStore {

    private static final int OBJECTS_MAX = 20_000;
    /** Pages are weighed by the objects they hold (a page holds up to 1,000). */
    private static final int PAGE_OBJECTS_MAX = 20_000;

    private final ObjectStore store;
    private final ConcurrentMap<Shelf, AtomicLong> versions = new ConcurrentHashMap<>();
    private final Cache<Key, Read<StoredObject>> objects = Caffeine.newBuilder().maximumSize(OBJECTS_MAX).build();
    private final Cache<ListQuery, Read<Page>> pages = Caffeine.newBuilder()
            .maximumWeight(PAGE_OBJECTS_MAX).<ListQuery, Read<Page>>weigher((query, read) -> read.value().objects().size() + 1)
            .build();

    public CachingObjectStore(ObjectStore store) {
        this.store = store;
    }

    /** One kind of object of one account: what a write can change. */
    private record Shelf(String kind, String account) {
    }

    private record Key(String kind, String account, String id) {
    }

    /** A value read while its shelf had the version given. */
    private record Read<T>(T value, long version) {
    }

    private AtomicLong version(String kind, String account) {
        return versions.computeIfAbsent(new Shelf(kind, account), shelf -> new AtomicLong());
    }

    @Override
    public Optional<StoredObject> get(String kind, String account, String id) {
        AtomicLong version = version(kind, account);
        Key key = new Key(kind, account, id);
        Read<StoredObject> cached = objects.getIfPresent(key);
        if (cached != null && cached.version() == version.get()) {
            return Optional.of(copy(cached.value()));
        }
        long before = version.get();
        Optional<StoredObject> found = store.get(kind, account, id);
        found.ifPresent(o -> objects.put(key, new Read<>(copy(o), before)));
        return found;
    }

    @Override
    public Page list(ListQuery query) {
        AtomicLong version = version(query.kind(), query.account());
        Read<Page> cached = pages.getIfPresent(query);
        if (cached != null && cached.version() == version.get()) {
            return copy(cached.value());
        }
        long before = version.get();
        Page page = store.list(query);
        pages.put(query, new Read<>(copy(page), before));
        return page;
    }

    @Override
    public Optional<StoredObject> getByAltId(String kind, String account, String altId) {
        return store.getByAltId(kind, account, altId);
    }

    @Override
    public void putAll(List<StoredObject> written) {
        try {
            store.putAll(written);
        } finally {
            written.forEach(o -> changed(o.kind(), o.account(), o.id()));
        }
    }

    @Override
    public boolean write(List<StoredObject> written, DueTimes dueTimesRead) {
        try {
            return store.write(written, dueTimesRead);
        } finally {
            written.forEach(o -> changed(o.kind(), o.account(), o.id()));
        }
    }

    @Override
    public boolean delete(String kind, String account, String id) {
        try {
            return store.delete(kind, account, id);
        } finally {
            changed(kind, account, id);
        }
    }

    @Override
    public void clear() {
        try {
            store.clear();
        } finally {
            versions.values().forEach(AtomicLong::incrementAndGet);
            objects.invalidateAll();
            pages.invalidateAll();
        }
    }

    private void changed(String kind, String account, String id) {
        version(kind, account).incrementAndGet();
        objects.invalidate(new Key(kind, account, id));
    }

    @Override
    public long generation() {
        return store.generation();
    }

    @Override
    public long count(ListQuery query) {
        return store.count(query);
    }

    @Override
    public DueTimes due(String kind, String account, Instant from, Instant to) {
        return store.due(kind, account, from, to);
    }

    @Override
    public Optional<Instant> earliestDue(String kind, String account) {
        return store.earliestDue(kind, account);
    }

    @Override
    public List<StoredObject> dueBy(String kind, Instant to) {
        return store.dueBy(kind, to);
    }

    @Override
    public Optional<Instant> earliestDue(String kind) {
        return store.earliestDue(kind);
    }

    @Override
    public Optional<StoredUpload> upload(String account, String mediaKey) {
        return store.upload(account, mediaKey);
    }

    @Override
    public void putUploads(List<StoredUpload> uploads) {
        store.putUploads(uploads);
    }

    @Override
    public long addToClockOffset(long millis) {
        return store.addToClockOffset(millis);
    }

    @Override
    public long nextInstanceNumber() {
        return store.nextInstanceNumber();
    }

    @Override
    public long drawFromWindow(String key, long windowStart) {
        return store.drawFromWindow(key, windowStart);
    }

    @Override
    public boolean firstUseOfNonce(String key, Instant forgetAt, Instant now) {
        return store.firstUseOfNonce(key, forgetAt, now);
    }

    @Override
    public Optional<String> setting(String name) {
        return store.setting(name);
    }

    @Override
    public void setting(String name, String value) {
        store.setting(name, value);
    }

    @Override
    public void bulkLoaded() {
        store.bulkLoaded();
    }

    /** Callers change the bodies they get; the cached ones must stay as read. */
    private static StoredObject copy(StoredObject o) {
        return new StoredObject(o.kind(), o.account(), o.id(), o.altId(), o.name(), o.type(), o.parent(), o.search(),
                o.deleted(), o.updatedAt(), o.dueAt(), o.body().deepCopy(), o.version());
    }

    private static Page copy(Page page) {
        return new Page(page.objects().stream().map(CachingObjectStore::copy).toList(), page.nextCursor());
    }
}
