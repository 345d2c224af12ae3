package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The API objects in one table, uploads and settings in two more, in the embedded H2 database or in PostgreSQL (the
 * few statements that differ come from the {@link SqlDialect}); the schema is Flyway's ({@link Migrations}). Lists
 * use keyset pagination on (sort column, insertion order) over an index, so a page costs the same however many
 * objects the account holds. Every call reads or writes the database. Concurrent changes are optimistic: each row
 * carries a version, and a {@link #write} of what was read fails when the row moved on (see {@link ObjectStore}).
 */
public final class SqlObjectStore implements ObjectStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The SQL state of a duplicate key, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nonceWrites = new AtomicLong();

    /** A store on a database whose schema is already {@link Migrations migrated}. */
    public SqlObjectStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dialect = SqlDialect.of(dataSource);
    }

    /** Migrates the database's schema to this build's, then opens the store on it. */
    public static SqlObjectStore migrated(DataSource dataSource) {
        Migrations.migrate(dataSource);
        return new SqlObjectStore(dataSource);
    }

    @Override
    public Optional<StoredObject> get(String kind, String account, String id) {
        return queryOne("SELECT * FROM objects WHERE kind = ? AND account = ? AND id = ?", kind, account, id);
    }

    @Override
    public Optional<StoredObject> getByAltId(String kind, String account, String altId) {
        return queryOne("SELECT * FROM objects WHERE kind = ? AND account = ? AND alt_id = ?", kind, account, altId);
    }


    @Override
    public void putAll(List<StoredObject> objects) {
        batch(dialect.putObject(), objects.stream().map(SqlObjectStore::row).toList());
    }

    /** The columns of a put or an insert, in the order of the table. */
    private static Object[] row(StoredObject o) {
        try {
            return new Object[]{o.kind(), o.account(), o.id(), o.altId(), o.name(), o.type(), o.parent(), o.search(),
                    o.deleted(), o.updatedAt(), o.dueAt() == null ? null : o.dueAt().getEpochSecond(),
                    JSON.writeValueAsString(o.body())};
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(e);
        }
    }

    /** Another write came first: the transaction is rolled back and the caller told so. */
    private static final class Conflict extends RuntimeException {
        Conflict() {
            super(null, null, false, false);
        }
    }

    @Override
    public boolean write(List<StoredObject> objects, DueTimes dueTimesRead) {
        try {
            return inTransaction(c -> {
                for (StoredObject o : objects) {
                    if (o.version() == 0) {
                        insert(c, o);
                    } else if (!replace(c, o)) {
                        throw new Conflict();
                    }
                }
                if (dueTimesRead != null && !raiseDueVersion(c, dueTimesRead)) {
                    throw new Conflict();
                }
                return true;
            });
        } catch (Conflict e) {
            return false;
        }
    }

    private static void insert(Connection c, StoredObject o) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO objects (kind, account, id, alt_id, name, type, parent,"
                + " search, deleted, updated_at, due_at, body, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            bind(ps, row(o));
            ps.executeUpdate();
        }
    }

    /** Replaces the stored object if it is still at the version read; false when it is not (or is gone). */
    private static boolean replace(Connection c, StoredObject o) throws SQLException {
        Object[] row = row(o);
        try (PreparedStatement ps = c.prepareStatement("UPDATE objects SET alt_id = ?, name = ?, type = ?, parent = ?,"
                + " search = ?, deleted = ?, updated_at = ?, due_at = ?, body = ?, version = version + 1"
                + " WHERE kind = ? AND account = ? AND id = ? AND version = ?")) {
            bind(ps, row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], row[11], o.kind(), o.account(),
                    o.id(), o.version());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Moves the account's due-time version one up from the version read; false when another write moved it first.
     * The update's row lock makes a concurrent one wait for this transaction, then find the version moved.
     */
    private static boolean raiseDueVersion(Connection c, DueTimes read) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE due_versions SET version = version + 1"
                + " WHERE kind = ? AND account = ? AND version = ?")) {
            bind(update, read.kind(), read.account(), read.version());
            if (update.executeUpdate() == 1) {
                return true;
            }
        }
        if (read.version() != 0) {
            return false;
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO due_versions (kind, account, version) VALUES (?, ?, 1)")) {
            bind(insert, read.kind(), read.account());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void putUploads(List<StoredUpload> uploads) {
        batch(dialect.putUpload(), uploads.stream().map(u -> new Object[]{u.account(), u.mediaKey(),
                u.mediaType(), u.category(), u.width(), u.height(), u.durationMillis()}).toList());
    }

    /** Runs the statement once per row, in one transaction. */
    private void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Work on one connection that must commit as a whole. */
    private interface Transaction<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(Transaction<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public boolean delete(String kind, String account, String id) {
        return update("DELETE FROM objects WHERE kind = ? AND account = ? AND id = ?", kind, account, id) > 0;
    }

    @Override
    public void clear() {
        update("DELETE FROM objects");
        update("DELETE FROM uploads");
        update("DELETE FROM settings");
        generation.incrementAndGet();
    }

    @Override
    public void bulkLoaded() {
        dialect.refreshStatistics().ifPresent(sql -> update(sql));
    }

    @Override
    public long generation() {
        return generation.get();
    }

    @Override
    public Page list(ListQuery q) {
        return query(q);
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
                    // a boolean read as text is "TRUE" in H2 and "t" in PostgreSQL: read it as a boolean
                    String sortValue = q.sort() == ListQuery.SortColumn.CREATED_AT ? ""
                            : q.sort() == ListQuery.SortColumn.DELETED ? String.valueOf(rs.getBoolean(column))
                            : rs.getString(column);
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
        return new Page(rows.subList(0, q.limit()), Cursors.encode(last[0], last[1]));
    }

    /**
     * The page query: filters, then the keyset condition {@code key >= k AND (key > k OR seq > s)} (reversed when
     * descending), whose first half lets the database start inside the index rather than skip the rows before.
     */
    String listSql(ListQuery q, List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT * FROM objects");
        if (q.ids().isEmpty() && q.altIds().isEmpty()) {
            // an id filter finds its few rows by key; otherwise walk the index that holds the order
            sql.append(dialect.useIndex(q.sort().index));
        }
        sql.append(" WHERE ");
        where(q, sql, args);
        String key = q.sort().column;
        String op = q.descending() ? "<" : ">";
        if (q.cursor() != null) {
            String[] position = Cursors.decode(q.cursor());
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
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
            bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return plan.toString();
    }

    @Override
    public long count(ListQuery q) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM objects WHERE ");
        List<Object> args = new ArrayList<>();
        where(q, sql, args);
        return ((Number) queryValue(sql.toString(), args.toArray()).orElseThrow()).longValue();
    }

    /** The version is read first: a due time set between the two reads then makes the conditional write fail. */
    @Override
    public DueTimes due(String kind, String account, Instant from, Instant to) {
        long version = queryValue("SELECT version FROM due_versions WHERE kind = ? AND account = ?", kind, account)
                .map(v -> ((Number) v).longValue()).orElse(0L);
        return new DueTimes(kind, account, queryAll("SELECT * FROM objects WHERE kind = ? AND account = ?"
                        + " AND due_at BETWEEN ? AND ? AND deleted = FALSE ORDER BY kind, account, due_at, seq",
                kind, account, from.getEpochSecond(), to.getEpochSecond()), version);
    }

    @Override
    public Optional<Instant> earliestDue(String kind, String account) {
        return queryValue("SELECT MIN(due_at) FROM objects WHERE kind = ? AND account = ? AND deleted = FALSE", kind, account)
                .map(seconds -> Instant.ofEpochSecond(((Number) seconds).longValue()));
    }

    @Override
    public List<StoredObject> dueBy(String kind, Instant to) {
        return queryAll("SELECT * FROM objects WHERE kind = ? AND due_at <= ? AND deleted = FALSE ORDER BY kind, due_at, seq",
                kind, to.getEpochSecond());
    }

    @Override
    public Optional<Instant> earliestDue(String kind) {
        return queryValue("SELECT MIN(due_at) FROM objects WHERE kind = ? AND deleted = FALSE", kind)
                .map(seconds -> Instant.ofEpochSecond(((Number) seconds).longValue()));
    }

    @Override
    public Optional<StoredUpload> upload(String account, String mediaKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT * FROM uploads WHERE account = ? AND media_key = ?")) {
            bind(ps, account, mediaKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredUpload(rs.getString("account"), rs.getString("media_key"),
                        rs.getString("media_type"), rs.getString("category"), rs.getInt("width"), rs.getInt("height"),
                        rs.getLong("duration_ms"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The offset is a setting; one transaction adds to it (the update's row lock orders concurrent moves). The first
     * moves on a new database race to insert the row: the one that loses adds on a second try.
     */
    @Override
    public long addToClockOffset(long millis) {
        return againIfInsertedMeanwhile(() -> addToClockOffsetOnce(millis));
    }

    private long addToClockOffsetOnce(long millis) {
        return inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE settings SET setting_value ="
                    + " CAST(CAST(setting_value AS BIGINT) + ? AS VARCHAR(40)) WHERE name = 'clock_offset_ms'")) {
                bind(update, millis);
                if (update.executeUpdate() == 0) {
                    try (PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO settings (name, setting_value) VALUES ('clock_offset_ms', ?)")) {
                        bind(insert, String.valueOf(millis));
                        insert.executeUpdate();
                    }
                }
            }
            return Long.parseLong(valueIn(c, "SELECT setting_value FROM settings WHERE name = 'clock_offset_ms'").toString());
        });
    }

    @Override
    public long nextInstanceNumber() {
        return ((Number) queryValue(dialect.nextInstanceNumber()).orElseThrow()).longValue();
    }

    /**
     * The window's row counted into by one statement, whose row lock orders concurrent draws of other instances.
     * On H2, a row made by another connection at the same moment is counted into on a second try.
     */
    @Override
    public long drawFromWindow(String key, long windowStart) {
        return againIfInsertedMeanwhile(() -> drawOnce(key, windowStart));
    }

    /** The work once more if it lost a race to insert a row of the same key, which is there the second time. */
    private static long againIfInsertedMeanwhile(LongSupplier work) {
        try {
            return work.getAsLong();
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return work.getAsLong();
            }
            throw e;
        }
    }

    private long drawOnce(String key, long windowStart) {
        return ((Number) queryValue(dialect.drawFromWindow(), key, windowStart).orElseThrow()).longValue();
    }

    /** The first column of the first row, read on the transaction's connection. */
    private static Object valueIn(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    @Override
    public boolean firstUseOfNonce(String key, Instant forgetAt, Instant now) {
        if (nonceWrites.incrementAndGet() % 1000 == 0) {
            update("DELETE FROM nonces WHERE forget_at < ?", now.getEpochSecond());
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO nonces (nonce_key, forget_at) VALUES (?, ?)")) {
            bind(ps, key, forgetAt.getEpochSecond());
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // the key is there: a sandbox on this database saw the nonce; an expired one is a timestamp refusal
                return false;
            }
            throw new StoreException(e);
        }
    }

    @Override
    public Optional<String> setting(String name) {
        return queryValue("SELECT setting_value FROM settings WHERE name = ?", name).map(Object::toString);
    }

    @Override
    public void setting(String name, String value) {
        update(dialect.putSetting(), name, value);
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
                    (ObjectNode) JSON.readTree(rs.getString("body")), rs.getLong("version"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(e);
        }
    }
}
