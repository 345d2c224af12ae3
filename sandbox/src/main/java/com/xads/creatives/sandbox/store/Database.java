package com.xads.creatives.sandbox.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the store lives: by default the embedded H2 database file in the data directory, behind a small connection
 * pool; with {@code --database jdbc:postgresql://...}, a PostgreSQL database behind a HikariCP pool.
 * {@code WRITE_DELAY=0}: H2 otherwise writes committed changes to the file from a background thread up to half a
 * second later, so an answer could leave before its write reached the file and a killed process lost the writes of
 * its last second.
 */
public final class Database implements AutoCloseable {

    /** -Dsandbox.writeDelayMs=500 brings back H2's default background writing, for bench/durability.sh only. */
    private static final int WRITE_DELAY_MS = Integer.getInteger("sandbox.writeDelayMs", 0);
    private final DataSource pool;
    private final Runnable close;
    private final boolean shared;

    public Database(Path dataDir) throws java.io.IOException {
        Files.createDirectories(dataDir);
        String file = dataDir.toAbsolutePath().resolve("sandbox").toString();
        JdbcConnectionPool h2 = JdbcConnectionPool.create("jdbc:h2:file:" + file
                + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;WRITE_DELAY=" + WRITE_DELAY_MS, "sa", "");
        h2.setMaxConnections(32);
        this.pool = h2;
        this.close = h2::dispose;
        this.shared = false;
    }

    /** A PostgreSQL database, which several sandbox processes can share; the password is never logged. */
    public Database(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(16);
        config.setPoolName("sandbox-postgresql");
        // The driver prepares a statement on the server after a few uses, and PostgreSQL may then keep one generic plan
        // for it, costed for the table as it was: one made while the table held the seed alone scanned the whole table
        // for each object read by key once it held thousands. A plan made for each execution sees the table as it is.
        config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        HikariDataSource hikari = new HikariDataSource(config);
        this.pool = hikari;
        this.close = hikari::close;
        this.shared = true;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Whether other processes may write to this database too (so nothing read may be kept in memory). */
    public boolean shared() {
        return shared;
    }

    @Override
    public void close() {
        close.run();
    }
}
