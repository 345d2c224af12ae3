package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Derives broken copies of a valid payload from the schema it satisfies, one defect each, so a test can prove the
 * schema rejects them: an unknown member in a closed object, a member of the wrong type, a string over its
 * maxLength, a value outside its enum, a missing required member, and null where the schema is not nullable.
 */
public final class SchemaMutations {

    public enum Kind {
        UNKNOWN_PROPERTY("additionalProperties"),
        WRONG_TYPE("type"),
        OVER_MAX_LENGTH("maxLength"),
        OUTSIDE_ENUM("enum"),
        MISSING_REQUIRED("required"),
        NULL_NOT_NULLABLE("type");

        /** The schema keyword that must report the defect. */
        public final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }
    }

    /** A broken copy of the payload and what was broken where. */
    public record Mutant(Kind kind, String pointer, JsonNode value) {
        @Override
        public String toString() {
            return kind + " at " + (pointer.isEmpty() ? "/" : pointer);
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final ContractDocument document;

    public SchemaMutations(ContractDocument document) {
        this.document = document;
    }

    public List<Mutant> of(JsonNode payload, String schemaPointer) {
        List<Mutant> mutants = new ArrayList<>();
        walk(payload, payload, "", document.root().at(schemaPointer), mutants);
        return mutants;
    }

    private void walk(JsonNode root, JsonNode value, String pointer, JsonNode schemaRef, List<Mutant> out) {
        JsonNode schema = document.resolve(schemaRef);
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        if (value.isObject() && "object".equals(schema.path("type").asText())) {
            if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                out.add(mutate(root, pointer, Kind.UNKNOWN_PROPERTY, node -> ((ObjectNode) node).put("x_undocumented", 1)));
            }
            schema.path("required").forEach(name -> {
                if (value.has(name.asText())) {
                    out.add(mutate(root, pointer + "/" + name.asText(), Kind.MISSING_REQUIRED, null));
                }
            });
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode propertySchema = schema.path("properties").get(name);
                if (propertySchema != null) {
                    member(root, value.get(name), pointer + "/" + ContractDocument.escape(name), propertySchema, out);
                }
            }
        } else if (value.isArray() && "array".equals(schema.path("type").asText())) {
            for (int i = 0; i < value.size(); i++) {
                member(root, value.get(i), pointer + "/" + i, schema.path("items"), out);
            }
        }
    }

    private void member(JsonNode root, JsonNode value, String pointer, JsonNode schemaRef, List<Mutant> out) {
        JsonNode schema = document.resolve(schemaRef);
        String type = schema.path("type").asText("");
        if (!value.isNull() && !schema.path("nullable").asBoolean(false) && !type.isEmpty()) {
            out.add(replace(root, pointer, Kind.NULL_NOT_NULLABLE, NODES.nullNode()));
        }
        JsonNode wrong = wrongTypeValue(type);
        if (wrong != null && !value.isNull()) {
            out.add(replace(root, pointer, Kind.WRONG_TYPE, wrong));
        }
        if (value.isTextual() && schema.has("maxLength")) {
            out.add(replace(root, pointer, Kind.OVER_MAX_LENGTH, NODES.textNode("9".repeat(schema.get("maxLength").asInt() + 1))));
        }
        if (schema.has("enum") && !value.isNull()) {
            out.add(replace(root, pointer, Kind.OUTSIDE_ENUM, NODES.textNode("NOT_A_DOCUMENTED_VALUE")));
        }
        walk(root, value, pointer, schemaRef, out);
    }

    private static JsonNode wrongTypeValue(String type) {
        return switch (type) {
            case "string" -> NODES.numberNode(12345);
            case "integer", "number" -> NODES.textNode("not a number");
            case "boolean" -> NODES.textNode("yes");
            case "array" -> NODES.objectNode().put("not", "an array");
            case "object" -> NODES.textNode("not an object");
            default -> null;
        };
    }

    private static Mutant replace(JsonNode root, String pointer, Kind kind, JsonNode replacement) {
        JsonNode copy = root.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
        } else {
            ((ObjectNode) parent).set(last, replacement);
        }
        return new Mutant(kind, pointer, copy);
    }

    /** Removes the member at pointer (change == null) or applies change to the node at pointer. */
    private static Mutant mutate(JsonNode root, String pointer, Kind kind, java.util.function.Consumer<JsonNode> change) {
        JsonNode copy = root.deepCopy();
        if (change == null) {
            int slash = pointer.lastIndexOf('/');
            ((ObjectNode) copy.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
        } else {
            change.accept(pointer.isEmpty() ? copy : copy.at(pointer));
        }
        return new Mutant(kind, pointer, copy);
    }
}
