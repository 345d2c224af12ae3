package com.xads.creatives.sandbox.store;

import java.util.List;

/**
 * Pending objects of one kind and account due within a span, as read, and the version of that account's due times
 * at the time: a {@link ObjectStore#write} given it fails if another due time was set since, so two sandboxes cannot
 * both admit a Tweet into a window that has room for one.
 */
public record DueTimes(String kind, String account, List<StoredObject> objects, long version) {
}
