package com.xads.creatives.sandbox.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the sandbox keeps API objects, uploads and its own settings. {@link SqlObjectStore} is the embedded
 * database; {@link CachingObjectStore} keeps recent reads in memory in front of any store.
 */
public interface ObjectStore {

    Optional<StoredObject> get(String kind, String account, String id);

    Optional<StoredObject> getByAltId(String kind, String account, String altId);

    /** Inserts the object, or replaces the stored one with the same key (keeping its place in the order). */
    default void put(StoredObject object) {
        putAll(List.of(object));
    }

    /** {@link #put} for many objects, all or none. */
    void putAll(List<StoredObject> objects);

    /**
     * Writes the objects, all or none, unless another write came first: one read from the store (version above 0)
     * replaces the stored one only while that is still at the version read; a new one (version 0) is inserted. With
     * {@code dueTimesRead}, no other write of this kind may have set a due time in the account since those due times
     * were read, and this write counts as one that does. False, with nothing written, when another write came first:
     * the caller reads again and decides again.
     */
    boolean write(List<StoredObject> objects, DueTimes dueTimesRead);

    /** Removes the object for good, whatever its version; false when there was none. */
    boolean delete(String kind, String account, String id);

    /** Removes every object, upload and setting. */
    void clear();

    /** Told after a bulk load (a seed): a database refreshes the statistics its planner chooses indexes by. */
    void bulkLoaded();

    /** Changes each time the store is cleared, so what is kept in memory about its content can be dropped. */
    long generation();

    Page list(ListQuery query);

    long count(ListQuery query);

    /**
     * The objects of the account due from {@code from} to {@code to}, both included, earliest first, with the version
     * of the account's due times for a {@link #write} that must not race another due time.
     */
    DueTimes due(String kind, String account, Instant from, Instant to);

    /** When the account's earliest pending object of the kind is due. */
    Optional<Instant> earliestDue(String kind, String account);

    /** The objects of every account due by {@code to}, earliest first. */
    List<StoredObject> dueBy(String kind, Instant to);

    /** When the earliest pending object of the kind, in any account, is due. */
    Optional<Instant> earliestDue(String kind);

    Optional<StoredUpload> upload(String account, String mediaKey);

    default void putUpload(StoredUpload upload) {
        putUploads(List.of(upload));
    }

    /** Registers the uploads, replacing those with the same account and media key; all or none. */
    void putUploads(List<StoredUpload> uploads);

    /** Records an OAuth nonce for every sandbox on this database; false when one of them saw it before. */
    boolean firstUseOfNonce(String key, Instant forgetAt, Instant now);

    /** Adds to the clock offset every sandbox on this database shares; the offset now, in milliseconds. */
    long addToClockOffset(long millis);

    /** A new number for a sandbox starting on this database, different from those of the others running on it. */
    long nextInstanceNumber();

    /** Counts a request in a rate-limit window shared by every sandbox on this database; the window's count now. */
    long drawFromWindow(String key, long windowStart);

    Optional<String> setting(String name);

    void setting(String name, String value);

    /** A storage failure: a bug or a broken data directory, never the client's fault. */
    final class StoreException extends RuntimeException {
        public StoreException(Exception cause) {
            super(cause);
        }
    }
}
