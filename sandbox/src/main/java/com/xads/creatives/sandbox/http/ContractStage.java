package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.io.IOException;
import java.util.Map;

/**
 * The contract check of the pipeline: the media types, the parameters against their schemas, the body against its
 * schema and the operation's x-rules, each parameter decoded once. What passes is the {@link SandboxRequest} the
 * engine works on.
 */
final class ContractStage {

    private static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ContractDocument document;
    private final RequestCheck check;
    private final ParameterTolerance tolerance;

    ContractStage(ContractDocument document, RequestCheck check, ParameterTolerance tolerance) {
        this.document = document;
        this.check = check;
        this.tolerance = tolerance;
    }

    SandboxRequest check(ApiExchange call) {
        String operationId = call.match().operationId();
        CapturedRequest captured = call.captured();
        Map<String, String> query = call.target().singleValues();
        captured.form().forEach(p -> {
            if (query.putIfAbsent(p.name(), p.value()) != null) {
                throw ApiException.badRequest("INVALID_PARAMETER", p.name(), p.name() + " is given more than once");
            }
        });
        boolean jsonBody = document.operation(operationId).node().has("requestBody");
        checkMediaTypes(call, jsonBody);
        JsonNode sent = jsonBody ? parseJson(captured.body()) : null;
        Map<String, String> pathValues = call.match().pathValues();
        ParameterTolerance.Result tolerated = tolerance.apply(operationId, pathValues, query, sent);
        call.ignored(tolerated.ignored());
        RequestCheck.Result result = check.check(operationId, pathValues, tolerated.query(), tolerated.body());
        if (!result.acceptable()) {
            throw new ApiException(400, result.problems());
        }
        ObjectNode params = result.parameters();
        String account = params.remove("account_id").asText();
        return new SandboxRequest(operationId, account, call.user().id(), pathValues, tolerated.query(), params,
                tolerated.body());
    }

    /** Every answer is JSON, and a body the contract describes is JSON (a form body of query parameters is not checked). */
    private static void checkMediaTypes(ApiExchange call, boolean jsonBody) {
        String sent = call.contentType();
        if (jsonBody && sent != null && !sent.equals("application/json") && !sent.equals("*/*")
                && !sent.equals("application/*")) {
            throw ApiException.badRequest("INVALID_PARAMETER", "Content-Type", "The body must be application/json");
        }
        if (!call.acceptsJson()) {
            throw ApiException.badRequest("INVALID_PARAMETER", "Accept", "Responses are application/json");
        }
    }

    private static JsonNode parseJson(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return STRICT_JSON.readTree(bytes);
        } catch (IOException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", "body", "The body is not valid JSON");
        }
    }
}
