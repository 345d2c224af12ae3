package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.OperationParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the real API does with what an operation does not declare (the contract's {@code x-unknown-parameters:
 * ignored}): a query or form parameter it does not take, or a read-only member sent back at the top of a JSON body,
 * is left out before the request is checked and run, and named in the answer's
 * {@code x-sandbox-ignored-parameters} header. A path parameter repeated in the query is left out when it has the
 * path's value and refused when it has another. With {@code --strict-parameters} nothing is left out, so the contract
 * check refuses every undeclared name as before.
 */
public final class ParameterTolerance {

    public static final String HEADER = "x-sandbox-ignored-parameters";

    /** What goes on to the checks, and the names left out. */
    public record Result(Map<String, String> query, JsonNode body, List<String> ignored) {
    }

    private final ContractDocument document;
    private final boolean strict;

    public ParameterTolerance(ContractDocument document, boolean strict) {
        this.document = document;
        this.strict = strict;
    }

    public Result apply(String operationId, Map<String, String> pathValues, Map<String, String> query, JsonNode body) {
        if (strict) {
            return new Result(query, body, List.of());
        }
        OperationParameters parameters = document.parameters(operationId);
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        query.forEach((name, value) -> {
            OperationParameters.Parameter declared = parameters.byName().get(name);
            if (declared != null && "query".equals(declared.in())) {
                kept.put(name, value);
            } else if (declared != null && pathValues != null && pathValues.containsKey(name)) {
                if (!pathValues.get(name).equals(value)) {
                    throw ApiException.badRequest("INVALID_PARAMETER", name, name + " is " + pathValues.get(name)
                            + " in the path and " + value + " in the query");
                }
                ignored.add(name);
            } else {
                ignored.add(name);
            }
        });
        return new Result(kept, withoutUndeclaredMembers(operationId, body, ignored), ignored);
    }

    private JsonNode withoutUndeclaredMembers(String operationId, JsonNode body, List<String> ignored) {
        ContractDocument.Operation op = document.operation(operationId);
        JsonNode schema = document.resolve(op.node().at("/requestBody/content/application~1json/schema"));
        if (!(body instanceof ObjectNode object) || schema == null || !schema.has("properties")) {
            return body;
        }
        ObjectNode kept = object.deepCopy();
        object.fieldNames().forEachRemaining(member -> {
            if (!schema.get("properties").has(member)) {
                kept.remove(member);
                ignored.add(member);
            }
        });
        return kept;
    }

    /** Names shown in the header at most; more are cut, with {@code ...} at the end. */
    static final int MAX_NAMES_SHOWN = 100;

    /** The header's value: the names, each percent-encoded (an empty name as {@code ""}), comma-separated. */
    public static String headerValue(List<String> ignored) {
        List<String> shown = ignored.stream().limit(MAX_NAMES_SHOWN)
                .map(n -> n.isEmpty() ? "\"\"" : com.xads.creatives.oauth1.PercentEncoding.encode(n)).toList();
        return String.join(",", shown) + (ignored.size() > MAX_NAMES_SHOWN ? ",..." : "");
    }
}
