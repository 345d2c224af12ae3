package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every schema of the source states what it holds (a type, a reference or a composition). An untyped schema
 * means "any JSON", which generators read differently (Python as a dict, TypeScript as any) and the bundler
 * writes as {@code type: object}: that is how 1.0.0 told clients that {@code ApiError.value} is an object.
 */
class SchemaTypesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> STATES_A_TYPE = List.of("type", "$ref", "oneOf", "anyOf", "allOf");

    @Test
    void everySchemaOfTheSourceStatesItsType() throws IOException {
        List<String> untyped = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("components"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode node = YAML.readTree(file.toFile());
                if (file.startsWith(Path.of("components", "schemas"))) {
                    untypedSchemas(node, file.toString(), untyped);
                } else {
                    schemasUnder(node, file.toString(), untyped);
                }
            }
        }
        try (Stream<Path> files = Files.walk(Path.of("paths"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                schemasUnder(YAML.readTree(file.toFile()), file.toString(), untyped);
            }
        }
        assertEquals(List.of(), untyped);
    }

    @Test
    void aMemberWithOnlyADescriptionIsFound() throws IOException {
        List<String> untyped = new ArrayList<>();
        untypedSchemas(YAML.readTree("""
                type: object
                properties:
                  code: {type: string}
                  value: {description: Anything.}
                  list: {type: array, items: {description: Anything.}}
                  either: {oneOf: [{type: string}, {description: Anything.}]}
                """), "ApiError.yaml", untyped);
        assertEquals(List.of("ApiError.yaml/properties/value", "ApiError.yaml/properties/list/items",
                "ApiError.yaml/properties/either/oneOf/1"), untyped);
    }

    /** Finds the {@code schema} members of parameters, media types and headers, at any depth. */
    private static void schemasUnder(JsonNode node, String where, List<String> untyped) {
        node.fields().forEachRemaining(e -> {
            String at = where + "/" + e.getKey();
            if (e.getKey().equals("schema") && e.getValue().isObject()) {
                untypedSchemas(e.getValue(), at, untyped);
            } else if (!e.getKey().equals("examples") && !e.getKey().equals("example")) {
                schemasUnder(e.getValue(), at, untyped);
            }
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemasUnder(node.get(i), where + "/" + i, untyped);
            }
        }
    }

    private static void untypedSchemas(JsonNode schema, String where, List<String> untyped) {
        if (STATES_A_TYPE.stream().noneMatch(schema::has)) {
            untyped.add(where);
        }
        schema.path("properties").fields().forEachRemaining(p -> untypedSchemas(p.getValue(), where + "/properties/" + p.getKey(), untyped));
        if (schema.path("items").isObject()) {
            untypedSchemas(schema.get("items"), where + "/items", untyped);
        }
        if (schema.path("additionalProperties").isObject()) {
            untypedSchemas(schema.get("additionalProperties"), where + "/additionalProperties", untyped);
        }
        for (String composition : List.of("oneOf", "anyOf", "allOf")) {
            for (int i = 0; i < schema.path(composition).size(); i++) {
                untypedSchemas(schema.path(composition).get(i), where + "/" + composition + "/" + i, untyped);
            }
        }
    }
}
