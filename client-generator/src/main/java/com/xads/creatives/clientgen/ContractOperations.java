package com.xads.creatives.clientgen;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads the operations out of the bundled contract (openapi.json, refs to components kept). */
final class ContractOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "delete");
    private final JsonNode root;

    ContractOperations(JsonNode root) {
        this.root = root;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private static String refName(JsonNode node) {
        return node != null && node.has("$ref") ? node.get("$ref").asText().replaceAll(".*/", "") : null;
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    operations.add(operation(path.getKey(), method, path.getValue(), op));
                }
            }
        });
        return operations;
    }

    private Operation operation(String path, String method, JsonNode item, JsonNode op) {
        List<Operation.Input> inputs = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        item.path("parameters").forEach(parameters::add);
        op.path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
            JsonNode resolved = resolve(p);
            JsonNode schema = resolve(resolved.path("schema"));
            if (schema.path("type").asText().equals("array")) {
                schema = schema.deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) schema).set("items", resolve(schema.path("items")));
            }
            inputs.add(new Operation.Input(resolved.path("name").asText(), resolved.path("in").asText(),
                    resolved.path("required").asBoolean(), schema, resolved.path("description").asText("")));
        }
        JsonNode body = resolve(op.path("requestBody"));
        String bodyModel = body == null || body.isMissingNode() ? null
                : refName(body.at("/content/application~1json/schema"));
        JsonNode ok = resolve(op.at("/responses/200"));
        JsonNode responseSchema = ok.at("/content/application~1json/schema");
        String responseModel = refName(responseSchema);
        JsonNode data = resolve(responseSchema).path("properties").path("data");
        boolean list = "array".equals(resolve(data).path("type").asText());
        String dataType = data.isMissingNode() ? null
                : list ? "java.util.List<" + javaModel(resolve(data).path("items")) + ">" : javaModel(data);
        JsonNode properties = resolve(responseSchema).path("properties");
        List<String> rules = new ArrayList<>();
        op.path("x-rules").forEach(r -> rules.add(r.path("message").asText()));
        return new Operation(op.path("operationId").asText(), method, path, op.path("tags").path(0).asText(),
                op.path("summary").asText(""), op.path("description").asText(""), inputs, bodyModel,
                body != null && body.path("required").asBoolean(), responseModel, dataType, list,
                properties.has("next_cursor") && inputs.stream().anyMatch(i -> i.wireName().equals("cursor")),
                properties.has("total_count"), rules);
    }

    /** The client's model class of a schema (a ref), or a Java type for an inline one. */
    private String javaModel(JsonNode schema) {
        String name = refName(schema);
        if (name != null) {
            return "com.xads.creatives.client.model." + name;
        }
        JsonNode resolved = resolve(schema);
        return switch (resolved.path("type").asText()) {
            case "string" -> "String";
            case "integer" -> "Long";
            case "boolean" -> "Boolean";
            default -> "Object";
        };
    }
}
