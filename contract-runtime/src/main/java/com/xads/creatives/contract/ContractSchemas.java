package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON values against schemas of the bundled contract with networknt's OpenAPI 3.0 dialect
 * ({@code nullable}, formats asserted). Schemas are addressed by JSON pointer into the document. The document is
 * parsed once and compiled as one schema resource; each pointer is a sub-schema of it, compiled once, so the memory
 * of a run does not grow with the number of distinct schemas it touches (asking the factory for each pointer by
 * location parsed the whole document again for every one and kept each copy).
 */
public final class ContractSchemas {

    private static final String DOCUMENT_IRI = "https://contract.invalid/openapi.json";

    private final JsonNode root;
    private final JsonSchema document;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ContractSchemas(ContractDocument document) {
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                .keywords(List.of(new NonValidationKeyword("example"), new NonValidationKeyword("deprecated"),
                        new NonValidationKeyword("openapi"), new NonValidationKeyword("info"),
                        new NonValidationKeyword("servers"), new NonValidationKeyword("tags"),
                        new NonValidationKeyword("security"), new NonValidationKeyword("paths"),
                        new NonValidationKeyword("components"), new NonValidationKeyword("x-resource"),
                        new NonValidationKeyword("x-unknown-parameters")))
                // an x-resource value has an "id" member, which the OpenAPI 3.0 dialect reads as a schema id and
                // compiles, keywords and all: its members are annotations, not keywords to warn about
                .unknownKeywordFactory((keyword, context) -> new AnnotationKeyword(keyword))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .nullableKeywordEnabled(true)
                .build();
        this.root = document.root();
        this.document = factory.getSchema(SchemaLocation.of(DOCUMENT_IRI), root, config);
    }

    /** The problems of {@code value} against the schema at {@code pointer}; empty when it is valid. */
    public List<String> validate(String pointer, JsonNode value) {
        return messages(pointer, value).stream().map(ValidationMessage::getMessage).toList();
    }

    /** A failed check: where in the value (a JSON pointer) and why. */
    public record Problem(String location, String keyword, String message) {
    }

    /** The problems with their location in the value; empty when it is valid. */
    public List<Problem> problems(String pointer, JsonNode value) {
        return messages(pointer, value).stream()
                .map(m -> new Problem(m.getInstanceLocation().toString(), m.getType(), m.getMessage())).toList();
    }

    /** The schema keywords (type, enum, maxLength, ...) that rejected {@code value}; empty when it is valid. */
    public Set<String> failedKeywords(String pointer, JsonNode value) {
        return messages(pointer, value).stream().map(ValidationMessage::getType).collect(Collectors.toSet());
    }

    private Set<ValidationMessage> messages(String pointer, JsonNode value) {
        return compiled.computeIfAbsent(pointer, this::subSchema).validate(value);
    }

    /** The sub-schema at a JSON pointer; array members are addressed by index, object members by name. */
    private JsonSchema subSchema(String pointer) {
        JsonNodePath path = new JsonNodePath(PathType.JSON_POINTER);
        JsonNode node = root;
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (node.isArray()) {
                path = path.append(Integer.parseInt(name));
                node = node.path(Integer.parseInt(name));
            } else {
                path = path.append(name);
                node = node.path(name);
            }
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + pointer);
        }
        return document.getSubSchema(path);
    }
}
