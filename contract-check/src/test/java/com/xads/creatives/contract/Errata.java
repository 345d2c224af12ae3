package com.xads.creatives.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** errata.yaml (packaged as openapi/errata.yaml) and how its corrections apply to a seed block. */
final class Errata {

    static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonNode DOCUMENT = load();

    private Errata() {
    }

    private static JsonNode load() {
        try (InputStream in = Errata.class.getClassLoader().getResourceAsStream("openapi/errata.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> entries() {
        List<JsonNode> entries = new ArrayList<>();
        DOCUMENT.path("errata").forEach(entries::add);
        return entries;
    }

    static List<JsonNode> notEmbedded() {
        List<JsonNode> entries = new ArrayList<>();
        DOCUMENT.path("not_embedded").forEach(entries::add);
        return entries;
    }

    /** Members of older recordings of the real API that the contract no longer has, and why. */
    static List<JsonNode> versionDrift() {
        List<JsonNode> entries = new ArrayList<>();
        DOCUMENT.path("version_drift").forEach(entries::add);
        return entries;
    }

    static List<JsonNode> at(String file, int line) {
        return entries().stream().filter(e -> e.path("seed").asText().equals(file) && e.path("line").asInt() == line).toList();
    }

    /** Applies the text replacements of the entries; each wrong text must occur. */
    static String applyText(String raw, List<JsonNode> entries) {
        String text = raw;
        for (JsonNode entry : entries) {
            for (JsonNode replacement : entry.path("text")) {
                String wrong = replacement.path("wrong").asText();
                if (!text.contains(wrong)) {
                    throw new AssertionError(entry.path("id").asText() + ": text not found: " + wrong);
                }
                text = text.replace(wrong, replacement.path("fixed").asText());
            }
        }
        return text;
    }

    /** Parses strictly (duplicate keys fail) and applies the JSON operations of the entries. */
    static JsonNode correctedJson(String raw, List<JsonNode> entries) throws IOException {
        JsonNode doc = STRICT_JSON.readTree(applyText(raw, entries));
        for (JsonNode entry : entries) {
            for (JsonNode op : entry.path("json")) {
                apply(doc, op, entry.path("id").asText());
            }
        }
        return doc;
    }

    private static void apply(JsonNode doc, JsonNode op, String id) {
        String pointer = op.path("pointer").asText();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = doc.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent.isMissingNode()) {
            throw new AssertionError(id + ": no parent for " + pointer);
        }
        JsonNode current = parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last);
        if (current == null) {
            throw new AssertionError(id + ": nothing at " + pointer);
        }
        JsonNode replacement = switch (op.path("op").asText()) {
            case "set" -> op.get("value");
            case "unwrap" -> {
                if (current.size() != 1) {
                    throw new AssertionError(id + ": unwrap needs a one-item array at " + pointer);
                }
                yield current.get(0);
            }
            case "remove", "rename" -> null;
            default -> throw new AssertionError(id + ": unknown op " + op);
        };
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        } else if (replacement != null) {
            ((ObjectNode) parent).set(last, replacement);
        } else {
            ((ObjectNode) parent).remove(last);
            if (op.path("op").asText().equals("rename")) {
                ((ObjectNode) parent).set(op.path("to").asText(), current);
            }
        }
    }
}
