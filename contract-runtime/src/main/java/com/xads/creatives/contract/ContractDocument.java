package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The bundled contract (openapi/openapi.json of the creatives-spec jar) as a JSON tree, with $ref resolution. */
public final class ContractDocument {

    public static final String RESOURCE = "openapi/openapi.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final JsonNode root;
    private final String text;
    private final List<Operation> operations;
    private final Map<String, Operation> byId = new HashMap<>();
    private final Map<String, OperationParameters> parameters = new ConcurrentHashMap<>();

    private ContractDocument(String text, JsonNode root) {
        this.text = text;
        this.root = root;
        List<Operation> all = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (METHODS.contains(entry.getKey())) {
                all.add(new Operation(path.getKey(), entry.getKey(), (ObjectNode) entry.getValue(),
                        path.getValue().path("parameters")));
            }
        }));
        this.operations = List.copyOf(all);
        operations.forEach(op -> byId.put(op.id(), op));
    }

    public static ContractDocument load() {
        try (InputStream in = ContractDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: depend on creatives-spec");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new ContractDocument(text, Json.MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A contract given as its bundled JSON text (a changed copy of the document, in tests). */
    public static ContractDocument of(String json) {
        try {
            return new ContractDocument(json, Json.MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("the contract is not JSON", e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public String text() {
        return text;
    }

    /** Follows a local {@code $ref} (repeatedly); any other node is returned as it is. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            current = root.at(refPointer(current.get("$ref").asText()));
        }
        return current;
    }

    /** The JSON pointer of a local ref, such as {@code /components/schemas/Card}. */
    public static String refPointer(String ref) {
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("only local refs are expected in the bundle: " + ref);
        }
        return ref.substring(1);
    }

    /** The operations in document order. */
    public List<Operation> operations() {
        return operations;
    }

    public Operation operation(String operationId) {
        Operation op = byId.get(operationId);
        if (op == null) {
            throw new IllegalArgumentException("no operation " + operationId);
        }
        return op;
    }

    /** The declared parameters of an operation, built once (servers ask for them on every request). */
    public OperationParameters parameters(String operationId) {
        return parameters.computeIfAbsent(operationId, id -> new OperationParameters(this, operation(id)));
    }

    /** JSON pointer escaping of one reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** One operation of the contract with its pointer in the document. */
    public record Operation(String path, String method, ObjectNode node, JsonNode pathParameters) {

        public String id() {
            return node.path("operationId").asText();
        }

        public String pointer() {
            return "/paths/" + escape(path) + "/" + method;
        }

        /** Parameters of the path item followed by those of the operation, unresolved. */
        public List<JsonNode> parameters() {
            List<JsonNode> all = new ArrayList<>();
            pathParameters.forEach(all::add);
            node.path("parameters").forEach(all::add);
            return all;
        }
    }

    /** Shared Jackson mapper. */
    public static final class Json {
        public static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }
    }
}
