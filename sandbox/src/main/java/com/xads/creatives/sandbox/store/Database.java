package com.xads.creatives.sandbox.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded H2 database file in the data directory, behind a small connection pool. {@code WRITE_DELAY=0}: H2
 * otherwise writes committed changes to the file from a background thread up to half a second later, so an answer
 * could leave before its write reached the file and a killed process lost the writes of its last second.
 */
public final class Database implements AutoCloseable {

    /** -Dsandbox.writeDelayMs=500 brings back H2's default background writing, for bench/durability.sh only. */
    private static final int WRITE_DELAY_MS = Integer.getInteger("sandbox.writeDelayMs", 0);
    private final JdbcConnectionPool pool;

    public Database(Path dataDir) throws java.io.IOException {
        Files.createDirectories(dataDir);
        String file = dataDir.toAbsolutePath().resolve("sandbox").toString();
        this.pool = JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64;WRITE_DELAY=" + WRITE_DELAY_MS, "sa", "");
        this.pool.setMaxConnections(32);
    }

    public JdbcConnectionPool dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
