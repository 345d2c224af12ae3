package com.xads.creatives.clientgen;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One operation of the contract as the generator needs it: its inputs, its answer and its rules, refs resolved. */
record Operation(String id, String method, String path, String tag, String summary, String description,
                 List<Input> inputs, String bodyModel, boolean bodyRequired, String responseModel, String dataType,
                 boolean list, boolean pages, boolean counts, List<String> rules) {

    /** A path or query parameter. */
    record Input(String wireName, String in, boolean required, JsonNode schema, String description) {

        String javaName() {
            return Names.camel(wireName);
        }

        boolean isTime() {
            return "string".equals(schema.path("type").asText()) && (wireName.endsWith("_at")
                    || "date-time".equals(schema.path("format").asText()));
        }

        boolean isEnum() {
            return schema.has("enum");
        }

        boolean isList() {
            return "array".equals(schema.path("type").asText());
        }

        /** The field type of the request class. */
        String javaType(String enumName) {
            if (isTime()) {
                return "java.time.OffsetDateTime";
            }
            if (isEnum()) {
                return enumName;
            }
            return switch (schema.path("type").asText()) {
                case "integer" -> "int64".equals(schema.path("format").asText()) ? "Long" : "Integer";
                case "boolean" -> "Boolean";
                case "array" -> "java.util.List<String>";
                default -> "String";
            };
        }

        /** The setter's parameter type: primitives where the contract says integer or boolean. */
        String setterType(String enumName) {
            return switch (javaType(enumName)) {
                case "Integer" -> "int";
                case "Long" -> "long";
                case "Boolean" -> "boolean";
                default -> javaType(enumName);
            };
        }

        /** The limits the contract sets, in words, for the javadoc. */
        String limits() {
            List<String> parts = new ArrayList<>();
            JsonNode s = isList() ? schema.path("items") : schema;
            if (schema.has("minItems") || schema.has("maxItems")) {
                parts.add("items " + schema.path("minItems").asText("0") + " to " + schema.path("maxItems").asText("any"));
            }
            if (s.has("minLength") || s.has("maxLength")) {
                parts.add("length " + s.path("minLength").asText("0") + " to " + s.path("maxLength").asText("any"));
            }
            if (s.has("minimum") || s.has("maximum")) {
                parts.add("from " + s.path("minimum").asText("any") + " to " + s.path("maximum").asText("any"));
            }
            if (s.has("pattern")) {
                parts.add("pattern {@code " + Names.javadoc(s.path("pattern").asText()).replace("}", "&#125;").replace("{", "&#123;") + "}");
            }
            if (s.has("enum")) {
                List<String> values = new ArrayList<>();
                s.path("enum").forEach(v -> values.add(v.asText()));
                parts.add("one of " + String.join(", ", values));
            }
            if (schema.has("default")) {
                parts.add("default " + schema.path("default").asText());
            }
            return String.join("; ", parts);
        }
    }

    String className() {
        return Names.pascal(id) + "Request";
    }

    /** The verb the operationId starts with: create, get, list, update, delete, fetch, ... */
    String verb() {
        int i = 0;
        while (i < id.length() && Character.isLowerCase(id.charAt(i))) {
            i++;
        }
        return id.substring(0, i);
    }
}
