package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path and query parameters of one operation, and how raw request values become typed JSON for schema and
 * rule checks: a comma-separated list becomes an array, an integer or boolean its JSON value. A value that does
 * not convert stays a string, so that the schema reports it.
 */
public final class OperationParameters {

    /** One declared parameter with the pointer of its schema in the bundled document. */
    public record Parameter(String name, String in, boolean required, boolean allowEmpty, JsonNode schema,
                            String schemaPointer) {
    }

    private final ContractDocument.Operation operation;
    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final Pattern pathPattern;
    private final List<String> pathNames = new ArrayList<>();

    public OperationParameters(ContractDocument document, ContractDocument.Operation operation) {
        this.operation = operation;
        int pathItemCount = operation.pathParameters().size();
        List<JsonNode> all = operation.parameters();
        for (int i = 0; i < all.size(); i++) {
            JsonNode raw = all.get(i);
            String pointer = raw.has("$ref") ? ContractDocument.refPointer(raw.get("$ref").asText())
                    : i < pathItemCount ? "/paths/" + ContractDocument.escape(operation.path()) + "/parameters/" + i
                    : operation.pointer() + "/parameters/" + (i - pathItemCount);
            JsonNode p = document.resolve(raw);
            byName.put(p.get("name").asText(), new Parameter(p.get("name").asText(), p.get("in").asText(),
                    p.path("required").asBoolean(false), p.path("allowEmptyValue").asBoolean(false),
                    document.resolve(p.get("schema")), pointer + "/schema"));
        }
        StringBuilder regex = new StringBuilder("^");
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(operation.path());
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(operation.path().substring(last, m.start()))).append("([^/]+)");
            pathNames.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(operation.path().substring(last))).append("$");
        this.pathPattern = Pattern.compile(regex.toString());
    }

    public ContractDocument.Operation operation() {
        return operation;
    }

    public Map<String, Parameter> byName() {
        return byName;
    }

    /** The path parameters of a concrete path, or null when the path does not match this operation. */
    public Map<String, String> matchPath(String concretePath) {
        Matcher m = pathPattern.matcher(concretePath);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pathNames.size(); i++) {
            values.put(pathNames.get(i), m.group(i + 1));
        }
        return values;
    }

    /** Converts one raw value by the parameter's schema. */
    public JsonNode decode(Parameter parameter, String raw) {
        JsonNode schema = parameter.schema();
        String type = schema.path("type").asText();
        if ("array".equals(type)) {
            ArrayNode items = ContractDocument.Json.MAPPER.createArrayNode();
            if (!raw.isEmpty()) {
                for (String item : raw.split(",", -1)) {
                    items.add(scalar(schema.path("items").path("type").asText(), item));
                }
            }
            return items;
        }
        return scalar(type, raw);
    }

    private static JsonNode scalar(String type, String raw) {
        var factory = ContractDocument.Json.MAPPER.getNodeFactory();
        switch (type) {
            case "integer":
                try {
                    return factory.numberNode(Long.parseLong(raw));
                } catch (NumberFormatException e) {
                    return factory.textNode(raw);
                }
            case "boolean":
                return "true".equals(raw) || "false".equals(raw) ? factory.booleanNode(Boolean.parseBoolean(raw))
                        : factory.textNode(raw);
            default:
                return factory.textNode(raw);
        }
    }

    /** Typed input for the rule evaluator: path and query parameters, decoded, plus the members of a JSON body. */
    public ObjectNode ruleInput(Map<String, String> pathValues, Map<String, String> query, JsonNode body) {
        ObjectNode input = ContractDocument.Json.MAPPER.createObjectNode();
        pathValues.forEach(input::put);
        query.forEach((name, raw) -> {
            Parameter p = byName.get(name);
            input.set(name, p == null ? input.textNode(raw) : decode(p, raw));
        });
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(e -> input.set(e.getKey(), e.getValue()));
        }
        return input;
    }
}
