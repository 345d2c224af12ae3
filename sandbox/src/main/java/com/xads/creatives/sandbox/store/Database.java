package com.xads.creatives.sandbox.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded H2 database file in the data directory, behind a small connection pool. */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;

    public Database(Path dataDir) throws java.io.IOException {
        Files.createDirectories(dataDir);
        String file = dataDir.toAbsolutePath().resolve("sandbox").toString();
        this.pool = JdbcConnectionPool.create("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64", "sa", "");
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
