package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON values against schemas of the bundled contract with networknt's OpenAPI 3.0 dialect
 * ({@code nullable}, formats asserted). Schemas are addressed by JSON pointer into the document and compiled once.
 */
public final class ContractSchemas {

    private static final String DOCUMENT_IRI = "https://contract.invalid/openapi.json";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    public ContractSchemas(ContractDocument document) {
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                .keywords(List.of(new NonValidationKeyword("example"), new NonValidationKeyword("deprecated"),
                        new NonValidationKeyword("openapi"), new NonValidationKeyword("info"),
                        new NonValidationKeyword("servers"), new NonValidationKeyword("tags"),
                        new NonValidationKeyword("security"), new NonValidationKeyword("paths"),
                        new NonValidationKeyword("components")))
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, document.text()))));
        this.config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .nullableKeywordEnabled(true)
                .build();
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
        JsonSchema schema = compiled.computeIfAbsent(pointer, p ->
                factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + encode(p)), config));
        return schema.validate(value);
    }

    private static String encode(String pointer) {
        return URLEncoder.encode(pointer, StandardCharsets.UTF_8).replace("%2F", "/").replace("%7E", "~");
    }
}
