package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a response a server gave against the contract: the status is one the operation documents, the body is
 * JSON and valid against the schema of that status (closed schemas, so undocumented members are reported), and the
 * headers the status documents as required are present.
 */
public final class ResponseCheck {

    private static final String JSON_SCHEMA = "/content/application~1json/schema";
    public static final List<String> RATE_LIMIT_HEADERS = List.of("x-rate-limit-limit", "x-rate-limit-remaining",
            "x-rate-limit-reset");

    private final ContractDocument document;
    private final ContractSchemas schemas;
    private final List<OperationParameters> operations;

    public ResponseCheck(ContractDocument document, ContractSchemas schemas) {
        this.document = document;
        this.schemas = schemas;
        this.operations = document.operations().stream().map(op -> document.parameters(op.id())).toList();
    }

    /**
     * The operation a method and a concrete path (below the server's base path) address, if any. As in routing, a
     * literal segment wins over a template ({@code /cards/all} is not {@code /cards/{card_id}}).
     */
    public Optional<ContractDocument.Operation> operationOf(String method, String path) {
        return operations.stream()
                .filter(p -> p.operation().method().equalsIgnoreCase(method) && p.matchPath(path) != null)
                .min(Comparator.comparingInt(p -> p.matchPath(path).size()))
                .map(OperationParameters::operation);
    }

    /**
     * The differences between a response and the contract of {@code operation}; empty when it conforms.
     *
     * @param header the response's header values by (case-insensitive) name, null when absent
     * @param body   the body parsed as JSON, null when it was not JSON
     */
    public List<String> check(ContractDocument.Operation operation, int status, String contentType,
                              Function<String, String> header, JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode responses = operation.node().path("responses");
        String code = String.valueOf(status);
        if (!responses.has(code)) {
            problems.add("status " + status + " is not documented for " + operation.id() + " (documented: "
                    + String.join(", ", iterable(responses.fieldNames())) + ")");
            return problems;
        }
        JsonNode response = document.resolve(responses.get(code));
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            problems.add("content type is " + contentType + ", not application/json");
        }
        if (body == null) {
            problems.add("the body is not JSON");
        } else {
            String pointer = schemaPointer(operation, code);
            schemas.problems(pointer, body).forEach(p ->
                    problems.add("body" + (p.location().isEmpty() ? "" : " at " + p.location()) + ": " + p.message()));
        }
        for (Map.Entry<String, JsonNode> h : iterable(response.path("headers").fields())) {
            boolean required = document.resolve(h.getValue()).path("required").asBoolean(false);
            if (required && header.apply(h.getKey()) == null) {
                problems.add("header " + h.getKey() + " is missing");
            }
        }
        return problems;
    }

    /** {@link #check} plus the rate-limit headers, which every answer but a 401 (no caller known) carries. */
    public List<String> checkWithRateLimits(ContractDocument.Operation operation, int status, String contentType,
                                            Function<String, String> header, JsonNode body) {
        List<String> problems = new ArrayList<>(check(operation, status, contentType, header, body));
        if (status != 401) {
            problems.addAll(checkRateLimitHeaders(header));
        }
        return problems;
    }

    /**
     * The API's conventions send the endpoint's rate-limit headers with every response to an authenticated request:
     * the limit, what is left and the reset time, each a non-negative integer.
     */
    public List<String> checkRateLimitHeaders(Function<String, String> header) {
        List<String> problems = new ArrayList<>();
        for (String name : RATE_LIMIT_HEADERS) {
            String value = header.apply(name);
            if (value == null) {
                problems.add("header " + name + " is missing");
            } else if (!value.matches("[0-9]{1,19}")) {
                problems.add("header " + name + " is not a non-negative integer: " + value);
            }
        }
        return problems;
    }

    /** The pointer of the JSON schema of one documented status of an operation, following a shared response's $ref. */
    public String schemaPointer(ContractDocument.Operation operation, String status) {
        JsonNode response = operation.node().path("responses").path(status);
        if (response.has("$ref")) {
            return ContractDocument.refPointer(response.get("$ref").asText()) + JSON_SCHEMA;
        }
        return operation.pointer() + "/responses/" + status + JSON_SCHEMA;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
