package com.xads.creatives.rules;

import java.util.HashMap;
import java.util.Map;

/** Reads a media key's type from its numeric prefix, using the {@code prefixes} table of a rule. */
final class MediaKeyTypes {

    private final Map<String, String> typeByPrefix;

    private MediaKeyTypes(Map<String, String> typeByPrefix) {
        this.typeByPrefix = typeByPrefix;
    }

    static MediaKeyTypes of(Rule rule) {
        Map<String, String> table = new HashMap<>();
        rule.definition().path("prefixes").fields().forEachRemaining(e -> table.put(e.getKey(), e.getValue().asText()));
        return new MediaKeyTypes(table);
    }

    /** IMAGE, GIF, VIDEO, or null for a key without a known prefix. */
    String typeOf(String mediaKey) {
        int underscore = mediaKey.indexOf('_');
        return underscore <= 0 ? null : typeByPrefix.get(mediaKey.substring(0, underscore));
    }
}
