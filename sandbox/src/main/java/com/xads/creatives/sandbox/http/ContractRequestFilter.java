package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.contract.RequestProblem;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Checks every API request against the contract before it is dispatched: the operation its method and path name,
 * the media types, parameters against their schemas, the body against its schema, the operation's x-rules, and that
 * the account belongs to the caller. What passes becomes the {@link SandboxRequest} the engine works on.
 */
@Priority(Priorities.USER)
public final class ContractRequestFilter implements ContainerRequestFilter {

    public static final String REQUEST = "sandbox.request";
    private static final ObjectMapper STRICT_JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final ContractDocument document;
    private final RequestCheck check;
    private final ParameterTolerance tolerance;

    private final ApiRoutes routes;

    public ContractRequestFilter(ContractDocument document, ApiRoutes routes, RequestCheck check, ParameterTolerance tolerance) {
        this.document = document;
        this.routes = routes;
        this.check = check;
        this.tolerance = tolerance;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestTarget target = RequestTarget.of(request);
        String path = target.apiPath();
        ApiRoutes.Match match = routes.match(request.getMethod(), path);
        String operationId = match.operationId();
        CapturedRequest captured = CapturedRequest.of(request);
        Map<String, String> query = target.singleValues();
        captured.form().forEach(p -> {
            if (query.putIfAbsent(p.name(), p.value()) != null) {
                throw ApiException.badRequest("INVALID_PARAMETER", p.name(), p.name() + " is given more than once");
            }
        });
        ContractDocument.Operation op = document.operation(operationId);
        boolean jsonBody = op.node().has("requestBody");
        checkMediaTypes(request, jsonBody);
        JsonNode sent = null;
        if (jsonBody) {
            sent = parseJson(captured.body());
        }
        OperationParameters parameters = document.parameters(operationId);
        Map<String, String> pathValues = match.pathValues();
        ParameterTolerance.Result tolerated = tolerance.apply(operationId, pathValues, query, sent);
        if (!tolerated.ignored().isEmpty()) {
            request.setProperty(ParameterTolerance.HEADER, tolerated.ignored());
        }
        Map<String, String> declared = tolerated.query();
        JsonNode body = tolerated.body();
        if (body != sent) {
            try {
                request.setEntityStream(new java.io.ByteArrayInputStream(STRICT_JSON.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<RequestProblem> problems = check.check(operationId, path, declared, body);
        if (!problems.isEmpty()) {
            throw new ApiException(400, problems);
        }
        String account = pathValues.get("account_id");
        SandboxUsers.User user = (SandboxUsers.User) request.getProperty(AuthFilter.USER);
        if (user == null || !user.accounts().contains(account)) {
            throw ApiException.of(403, "ACCOUNT_NOT_FOUND", "account_id",
                    "User " + (user == null ? "?" : user.id()) + " is not allowed to access account " + account);
        }
        ObjectNode params = parameters.ruleInput(pathValues, declared, null);
        params.remove("account_id");
        request.setProperty(REQUEST, new SandboxRequest(operationId, account, user.id(), pathValues, declared, params, body));
    }

    /** Every answer is JSON, and a body the contract describes is JSON (a form body of query parameters is not checked). */
    private static void checkMediaTypes(ContainerRequestContext request, boolean jsonBody) {
        MediaType sent = request.getMediaType();
        if (jsonBody && sent != null && !MediaType.APPLICATION_JSON_TYPE.isCompatible(sent)) {
            throw ApiException.badRequest("INVALID_PARAMETER", "Content-Type", "The body must be application/json");
        }
        if (request.getAcceptableMediaTypes().stream().noneMatch(MediaType.APPLICATION_JSON_TYPE::isCompatible)) {
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
