package com.xads.creatives.sandbox.store;

import java.util.List;

/** One page of objects and the cursor of the next page (null on the last one). */
public record Page(List<StoredObject> objects, String nextCursor) {
}
