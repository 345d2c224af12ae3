package com.xads.creatives.sandbox.store;

/**
 * Opens the store the sandbox runs on: the migrated database, behind the cache; a database other processes share
 * gets no cache, since what this process kept could have been changed by another.
 */
public final class Storage {

    /** -Dsandbox.cache=off sends every read to the database (for the scale benchmarks). */
    private static final boolean CACHING = !"off".equals(System.getProperty("sandbox.cache"));

    private Storage() {
    }

    public static ObjectStore open(Database database) {
        ObjectStore store = SqlObjectStore.migrated(database.dataSource());
        return CACHING && !database.shared() ? new CachingObjectStore(store) : store;
    }
}
