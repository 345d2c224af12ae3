package com.xads.creatives.sandbox.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The keyset cursor of a page: the sort value and the insertion order of the last object, opaque to clients. */
public final class Cursors {

    private Cursors() {
    }

    /** Whether the cursor is one a store could have issued. */
    public static boolean isCursor(String cursor) {
        try {
            decode(cursor);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String encode(String sortValue, String seq) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortValue + "\u0000" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** {sort value, seq}; IllegalArgumentException when it is not a cursor. */
    static String[] decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        int split = text.lastIndexOf('\u0000');
        if (split < 0 || !text.substring(split + 1).matches("[0-9]{1,19}")) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new String[]{text.substring(0, split), text.substring(split + 1)};
    }
}
