package com.xads.creatives.sandbox.store;

import javax.sql.DataSource;

/** Opens the store the sandbox runs on: the migrated database, behind the cache. */
public final class Storage {

    /** -Dsandbox.cache=off sends every read to the database (for the scale benchmarks). */
    private static final boolean CACHING = !"off".equals(System.getProperty("sandbox.cache"));

    private Storage() {
    }

    public static ObjectStore open(DataSource dataSource) {
        ObjectStore database = H2ObjectStore.migrated(dataSource);
        return CACHING ? new CachingObjectStore(database) : database;
    }
}
