package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A documented request being changed to break a rule: its path, query and JSON body, and what the contract allows. */
public final class BreakableRequest {

    /** Valid values for parameters a broken request adds; the documented examples do not send them all. */
    private static final Map<String, String> VALUES = Map.of("second_cta", "#two", "third_cta", "#three",
            "fourth_cta", "#four", "third_choice", "South", "fourth_choice", "North", "with_total_count", "true",
            "cursor", "8x7v00oow", "title", "a title");
    /** A media key of each type from the documented examples; the media rules judge a key by its prefix. */
    public static final Map<String, String> KEY_OF_TYPE = Map.of("IMAGE", "3_931236738554519552",
            "VIDEO", "13_958388276489895936", "GIF", "16_844800354743074820");

    private String path;
    private final Map<String, String> query;
    private final JsonNode body;
    private final Instant now;
    private final Predicate<String> allowsEmpty;

    /** @param allowsEmpty whether the operation's parameter of that name may be sent empty (to unset it) */
    public BreakableRequest(String path, Map<String, String> query, JsonNode body, Instant now, Predicate<String> allowsEmpty) {
        this.path = path;
        this.query = new LinkedHashMap<>(query);
        this.body = body;
        this.now = now;
        this.allowsEmpty = allowsEmpty;
    }

    public String path() {
        return path;
    }

    public Map<String, String> query() {
        return query;
    }

    /** The JSON body, or null for a request of query parameters. */
    public JsonNode body() {
        return body;
    }

    Instant now() {
        return now;
    }

    boolean allowsEmpty(String name) {
        return allowsEmpty.test(name);
    }

    /** Sends {@code name} with a valid value of its own. */
    void add(String name) {
        query.put(name, VALUES.get(name));
    }

    void put(String name, String value) {
        query.put(name, value);
    }

    /** Takes {@code name} out of the query and the body. */
    void remove(String name) {
        query.remove(name);
        if (body instanceof ObjectNode object) {
            object.remove(name);
        }
    }

    /** The item path with its last segment (the id) replaced. */
    void replaceLastSegment(String value) {
        path = path.substring(0, path.lastIndexOf('/') + 1) + value;
    }

    /** A media key of a type the rule's {@code types} leave out. */
    static String keyOfAnotherType(Rule rule) {
        String wrongType = List.of("IMAGE", "VIDEO", "GIF").stream()
                .filter(t -> !rule.strings("types").contains(t)).findFirst().orElseThrow();
        return KEY_OF_TYPE.get(wrongType);
    }
}
