package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All API objects in one embedded H2 table. Lists use keyset pagination on (sort column, insertion order) over an
 * index, so a page costs the same however many objects the account holds.
 */
public final class ObjectStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DataSource dataSource;
    private final AtomicLong generation = new AtomicLong();
    /** Objects read by key lately (reads by key dominate); every write through this store drops its key. */
    private final Map<Key, StoredObject> recent = new ConcurrentHashMap<>();
    private final AtomicLong writes = new AtomicLong();
    private static final int RECENT_MAX = 20_000;
    /** -Dsandbox.cache=off sends every read to the database (for the scale benchmarks). */
    private static final boolean CACHING = !"off".equals(System.getProperty("sandbox.cache"));
    /** Pages by query, each valid only while no write happened since it was read. */
    private final Map<ListQuery, CachedPage> recentPages = new ConcurrentHashMap<>();
    /** Bounds of the page cache: pages, and objects in them (a page holds up to 1,000). */
    private static final int RECENT_PAGES_MAX = 1_000;
    private static final int RECENT_PAGE_OBJECTS_MAX = 20_000;
    private final AtomicInteger recentPageObjects = new AtomicInteger();

    public ObjectStore(DataSource dataSource) {
        this.dataSource = dataSource;
        createSchema();
    }

    private void createSchema() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // body inline in the row: as a CLOB over 256 bytes it went to H2's separate LOB storage, one more lookup
            // per row read (a 200-card page took 15 ms); data directories made before keep their CLOB column, which
            // still reads and writes the same (converting a large one in place needs more heap than the sandbox has)
            s.execute("""
                    CREATE TABLE IF NOT EXISTS objects (
                      seq BIGINT AUTO_INCREMENT PRIMARY KEY,
                      kind VARCHAR(40) NOT NULL, account VARCHAR(40) NOT NULL, id VARCHAR(60) NOT NULL,
                      alt_id VARCHAR(80), name VARCHAR(400), type VARCHAR(80), parent VARCHAR(60), search VARCHAR(2000),
                      deleted BOOLEAN NOT NULL, updated_at VARCHAR(40), body VARCHAR(1000000) NOT NULL,
                      CONSTRAINT objects_key UNIQUE (kind, account, id))""");
            // sort keys: never null, so ORDER BY key, seq can walk an index and a cursor can start inside it
            s.execute("ALTER TABLE objects ADD COLUMN IF NOT EXISTS name_key VARCHAR(400) GENERATED ALWAYS AS (COALESCE(name, ''))");
            s.execute("ALTER TABLE objects ADD COLUMN IF NOT EXISTS updated_key VARCHAR(40) GENERATED ALWAYS AS (COALESCE(updated_at, ''))");
            // when a pending object is due, in epoch seconds: Scheduled Tweets are found by time, not by reading them all
            s.execute("ALTER TABLE objects ADD COLUMN IF NOT EXISTS due_at BIGINT");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_due ON objects (kind, account, due_at)");
            s.execute("DROP INDEX IF EXISTS objects_by_name");
            s.execute("DROP INDEX IF EXISTS objects_by_updated");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_seq ON objects (kind, account, seq)");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_name_key ON objects (kind, account, name_key, seq)");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_updated_key ON objects (kind, account, updated_key, seq)");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_deleted ON objects (kind, account, deleted, seq)");
            s.execute("CREATE INDEX IF NOT EXISTS objects_by_alt ON objects (kind, account, alt_id)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS settings (name VARCHAR(80) PRIMARY KEY, setting_value VARCHAR(4000))""");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** By key; served from memory when it was read before and has not changed since. */
    public Optional<StoredObject> get(String kind, String account, String id) {
        Key key = new Key(kind, account, id);
        StoredObject cached = CACHING ? recent.get(key) : null;
        if (cached != null) {
            return Optional.of(copy(cached));
        }
        long writesBefore = writes.get();
        Optional<StoredObject> found = queryOne("SELECT * FROM objects WHERE kind = ? AND account = ? AND id = ?", kind, account, id);
        if (found.isPresent() && CACHING) {
            if (recent.size() >= RECENT_MAX) {
                recent.clear();
            }
            recent.put(key, copy(found.get()));
            if (writes.get() != writesBefore) {
                recent.remove(key); // a write may have raced the read: do not keep what it read
            }
        }
        return found;
    }

    private record Key(String kind, String account, String id) {
    }

    private static StoredObject copy(StoredObject o) {
        return new StoredObject(o.kind(), o.account(), o.id(), o.altId(), o.name(), o.type(), o.parent(), o.search(),
                o.deleted(), o.updatedAt(), o.dueAt(), o.body().deepCopy());
    }

    private void forget(String kind, String account, String id) {
        writes.incrementAndGet();
        recentPages.clear();
        recent.remove(new Key(kind, account, id));
    }

    public Optional<StoredObject> getByAltId(String kind, String account, String altId) {
        return queryOne("SELECT * FROM objects WHERE kind = ? AND account = ? AND alt_id = ?", kind, account, altId);
    }

    private static final String MERGE = """
            MERGE INTO objects (kind, account, id, alt_id, name, type, parent, search, deleted, updated_at, due_at, body)
            KEY (kind, account, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Inserts the object, or replaces the stored one with the same key (keeping its place in the order). */
    public void put(StoredObject o) {
        putAll(List.of(o));
    }

    /** {@link #put} for many objects in one transaction (bulk loads). */
    public void putAll(List<StoredObject> objects) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(MERGE)) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                for (StoredObject o : objects) {
                    bind(ps, o.kind(), o.account(), o.id(), o.altId(), o.name(), o.type(), o.parent(), o.search(),
                            o.deleted(), o.updatedAt(), o.dueAt() == null ? null : o.dueAt().getEpochSecond(),
                            JSON.writeValueAsString(o.body()));
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
                objects.forEach(o -> forget(o.kind(), o.account(), o.id()));
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(e);
        }
    }

    public boolean delete(String kind, String account, String id) {
        boolean deleted = update("DELETE FROM objects WHERE kind = ? AND account = ? AND id = ?", kind, account, id) > 0;
        forget(kind, account, id);
        return deleted;
    }

    public void clear() {
        update("DELETE FROM objects");
        update("DELETE FROM settings");
        writes.incrementAndGet();
        recent.clear();
        recentPages.clear();
        generation.incrementAndGet();
    }

    /** Changes each time the store is cleared, so what is kept in memory about its content can be dropped. */
    public long generation() {
        return generation.get();
    }

    /** A page; the same query answered again while nothing was written comes from memory. */
    public Page list(ListQuery q) {
        long writesBefore = writes.get();
        CachedPage cached = CACHING ? recentPages.get(q) : null;
        if (cached != null && cached.writes() == writesBefore) {
            return copy(cached.page());
        }
        Page page = query(q);
        if (!CACHING) {
            return page;
        }
        if (recentPages.size() >= RECENT_PAGES_MAX
                || recentPageObjects.addAndGet(page.objects().size()) > RECENT_PAGE_OBJECTS_MAX) {
            recentPages.clear(); // bounded by what it holds, so varied queries cannot fill the heap
            recentPageObjects.set(page.objects().size());
        }
        recentPages.put(q, new CachedPage(copy(page), writesBefore));
        return page;
    }

    private record CachedPage(Page page, long writes) {
    }

    private static Page copy(Page page) {
        return new Page(page.objects().stream().map(ObjectStore::copy).toList(), page.nextCursor());
    }

    private Page query(ListQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = listSql(q, args);
        String column = q.sort().column;
        List<StoredObject> rows = new ArrayList<>();
        List<String[]> positions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(read(rs));
                    String sortValue = q.sort() == ListQuery.SortColumn.CREATED_AT ? "" : rs.getString(column);
                    positions.add(new String[]{sortValue == null ? "" : sortValue, String.valueOf(rs.getLong("seq"))});
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        if (rows.size() <= q.limit()) {
            return new Page(rows, null);
        }
        String[] last = positions.get(q.limit() - 1);
        return new Page(rows.subList(0, q.limit()), encodeCursor(last[0], last[1]));
    }

    /**
     * The page query: filters, then the keyset condition {@code key >= k AND (key > k OR seq > s)} (reversed when
     * descending), whose first half lets the database start inside the index rather than skip the rows before.
     */
    static String listSql(ListQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT * FROM objects");
        if (q.ids().isEmpty() && q.altIds().isEmpty()) {
            // an id filter finds its few rows by key; otherwise walk the index that holds the order
            sql.append(" USE INDEX (").append(q.sort().index).append(')');
        }
        sql.append(" WHERE ");
        where(q, sql, args);
        String key = q.sort().column;
        String op = q.descending() ? "<" : ">";
        if (q.cursor() != null) {
            String[] position = decodeCursor(q.cursor());
            long seq = Long.parseLong(position[1]);
            if (q.sort() == ListQuery.SortColumn.CREATED_AT) {
                sql.append(" AND seq ").append(op).append(" ?");
                args.add(seq);
            } else {
                Object value = q.sort() == ListQuery.SortColumn.DELETED ? (Object) Boolean.parseBoolean(position[0]) : position[0];
                sql.append(" AND ").append(key).append(' ').append(op).append("= ? AND (").append(key).append(' ').append(op)
                        .append(" ? OR seq ").append(op).append(" ?)");
                args.add(value);
                args.add(value);
                args.add(seq);
            }
        }
        // kind and account are fixed by the filter; naming them makes the order the index's own
        String direction = q.descending() ? " DESC" : " ASC";
        sql.append(" ORDER BY kind").append(direction).append(", account").append(direction).append(", ");
        if (q.sort() != ListQuery.SortColumn.CREATED_AT) {
            sql.append(key).append(direction).append(", ");
        }
        sql.append("seq").append(direction).append(" LIMIT ?");
        args.add(q.limit() + 1);
        return sql.toString();
    }

    /** The database's plan for a page query: for tests that check the index is used. */
    public String explain(ListQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = listSql(q, args);
        return queryValue("EXPLAIN " + sql, args.toArray()).map(Object::toString).orElseThrow();
    }

    public long count(ListQuery q) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM objects WHERE ");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        return ((Number) queryValue(sql.toString(), args.toArray()).orElseThrow()).longValue();
    }

    /** The objects of the account due from {@code from} to {@code to}, both included, earliest first. */
    public List<StoredObject> due(String kind, String account, Instant from, Instant to) {
        return queryAll("SELECT * FROM objects WHERE kind = ? AND account = ? AND due_at BETWEEN ? AND ? AND deleted = FALSE"
                + " ORDER BY kind, account, due_at, seq", kind, account, from.getEpochSecond(), to.getEpochSecond());
    }

    /** When the account's earliest pending object of the kind is due. */
    public Optional<Instant> earliestDue(String kind, String account) {
        return queryValue("SELECT MIN(due_at) FROM objects WHERE kind = ? AND account = ? AND deleted = FALSE", kind, account)
                .map(seconds -> Instant.ofEpochSecond(((Number) seconds).longValue()));
    }

    /** Objects of the kind and type that have no due time: rows written before the due_at column existed. */
    public List<StoredObject> withoutDueTime(String kind, String type) {
        return queryAll("SELECT * FROM objects WHERE kind = ? AND type = ? AND due_at IS NULL", kind, type);
    }

    public Optional<String> setting(String name) {
        return queryValue("SELECT setting_value FROM settings WHERE name = ?", name).map(Object::toString);
    }

    public void setting(String name, String value) {
        update("MERGE INTO settings (name, setting_value) KEY (name) VALUES (?, ?)", name, value);
    }

    /** Whether the cursor is one this store could have issued. */
    public static boolean isCursor(String cursor) {
        try {
            decodeCursor(cursor);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void where(ListQuery q, StringBuilder sql, List<Object> args) {
        sql.append("kind = ? AND account = ?");
        args.add(q.kind());
        args.add(q.account());
        in(sql, args, "id", q.ids());
        in(sql, args, "alt_id", q.altIds());
        in(sql, args, "type", q.types());
        in(sql, args, "parent", q.parents());
        if (q.namePrefix() != null) {
            sql.append(" AND LOWER(name) LIKE ? ESCAPE '\\'");
            args.add(escapeLike(q.namePrefix().toLowerCase()) + "%");
        }
        if (q.searchTerm() != null) {
            sql.append(" AND search LIKE ? ESCAPE '\\'");
            args.add("%" + escapeLike(q.searchTerm().toLowerCase()) + "%");
        }
        if (!q.withDeleted()) {
            sql.append(" AND deleted = FALSE");
        }
    }

    private static void in(StringBuilder sql, List<Object> args, String column, List<String> values) {
        if (values == null || values.isEmpty()) {
            return;
        }
        sql.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        args.addAll(values);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String encodeCursor(String sortValue, String seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortValue + "\u0000" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decodeCursor(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int split = text.lastIndexOf('\u0000');
        if (split < 0 || !text.substring(split + 1).matches("[0-9]{1,19}")) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new String[]{text.substring(0, split), text.substring(split + 1)};
    }

    private Optional<StoredObject> queryOne(String sql, Object... args) {
        return queryAll(sql, args).stream().findFirst();
    }

    /** The first column of the first row; empty when there is no row or the value is NULL. */
    private Optional<Object> queryValue(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private List<StoredObject> queryAll(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<StoredObject> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
    }

    private static StoredObject read(ResultSet rs) throws SQLException {
        try {
            return new StoredObject(rs.getString("kind"), rs.getString("account"), rs.getString("id"),
                    rs.getString("alt_id"), rs.getString("name"), rs.getString("type"), rs.getString("parent"),
                    rs.getString("search"), rs.getBoolean("deleted"), rs.getString("updated_at"),
                    rs.getObject("due_at") == null ? null : Instant.ofEpochSecond(rs.getLong("due_at")),
                    (ObjectNode) JSON.readTree(rs.getString("body")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(e);
        }
    }

    /** A storage failure: a bug or a broken data directory, never the client's fault. */
    public static final class StoreException extends RuntimeException {
        StoreException(Exception cause) {
            super(cause);
        }
    }
}
