package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;
import com.xads.creatives.rules.RuleEvaluator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its operation as a server would: the path matches, every parameter is declared,
 * required ones are present, each value is valid against its schema, the body against the body schema, and the
 * operation's request-phase rules hold. Returns the problems in the API's error terms; none means the request is
 * acceptable. The checks stop at the first stage that fails (path, parameters, body, rules), as a server would.
 */
public final class RequestCheck {

    private final ContractDocument document;
    private final ContractSchemas schemas;
    private final OperationRules rules;
    private final RuleEvaluator evaluator;

    public RequestCheck(ContractDocument document, ContractSchemas schemas, RuleEvaluator evaluator) {
        this.document = document;
        this.schemas = schemas;
        this.rules = OperationRules.fromDocument(document.root());
        this.evaluator = evaluator;
    }

    /**
     * The outcome of checking one request.
     *
     * @param problems   what is wrong, in the API's error terms; empty when the request is acceptable
     * @param parameters the path and query parameters decoded by their schemas (lists as arrays), each decoded once
     */
    public record Result(List<RequestProblem> problems, ObjectNode parameters) {

        public boolean acceptable() {
            return problems.isEmpty();
        }
    }

    public List<RequestProblem> check(String operationId, String path, Map<String, String> query, JsonNode body) {
        ContractDocument.Operation op = document.operation(operationId);
        Map<String, String> pathValues = document.parameters(operationId).matchPath(path);
        if (pathValues == null) {
            return List.of(new RequestProblem("ROUTE_NOT_FOUND", null, "path " + path + " does not match " + op.path()));
        }
        return check(operationId, pathValues, query, body).problems();
    }

    /** Checks a request whose path the caller has matched to the operation already. */
    public Result check(String operationId, Map<String, String> pathValues, Map<String, String> query, JsonNode body) {
        ContractDocument.Operation op = document.operation(operationId);
        OperationParameters parameters = document.parameters(operationId);
        List<RequestProblem> problems = new ArrayList<>();
        ObjectNode decoded = ContractDocument.Json.MAPPER.createObjectNode();
        pathValues.forEach((name, value) -> {
            decoded.put(name, value);
            validate(parameters.byName().get(name), parameters.decode(parameters.byName().get(name), value), problems);
        });
        query.forEach((name, value) -> {
            OperationParameters.Parameter p = parameters.byName().get(name);
            if (p == null || !"query".equals(p.in())) {
                decoded.put(name, value);
                problems.add(new RequestProblem(RequestProblem.INVALID_PARAMETER, name, "Unknown parameter " + name));
                return;
            }
            JsonNode decodedValue = parameters.decode(p, value);
            decoded.set(name, decodedValue);
            if (!(value.isEmpty() && p.allowEmpty())) {
                validate(p, decodedValue, problems);
            }
        });
        parameters.byName().values().stream()
                .filter(p -> p.required() && "query".equals(p.in()) && !query.containsKey(p.name()))
                .forEach(p -> problems.add(new RequestProblem(RequestProblem.MISSING_PARAMETER, p.name(),
                        p.name() + " is required")));
        if (op.node().has("requestBody")) {
            if (body == null || body.isMissingNode() || body.isNull()) {
                problems.add(new RequestProblem(RequestProblem.MISSING_PARAMETER, "body", "A JSON body is required"));
            } else {
                schemas.problems(op.pointer() + "/requestBody/content/application~1json/schema", body).forEach(m ->
                        problems.add(new RequestProblem(RequestProblem.INVALID_PARAMETER, bodyPath(m.location()), m.message())));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, decoded);
        }
        ObjectNode ruleInput = decoded.deepCopy();
        if (body != null && body.isObject()) {
            body.fields().forEachRemaining(e -> ruleInput.set(e.getKey(), e.getValue()));
        }
        evaluator.evaluate(rules.of(operationId), ruleInput, Rule.Phase.REQUEST)
                .forEach(v -> problems.add(new RequestProblem(v.code(), v.parameter(), v.message())));
        return new Result(problems, decoded);
    }

    private void validate(OperationParameters.Parameter p, JsonNode value, List<RequestProblem> problems) {
        schemas.problems(p.schemaPointer(), value).forEach(m -> problems.add(new RequestProblem(
                RequestProblem.INVALID_PARAMETER, p.name(), p.name() + m.location().replace("/", "[").replaceAll("\\[(\\d+)", "[$1]")
                        + " " + m.message().replaceFirst("^[^:]*: ", ""))));
    }

    /** A JSON pointer into the body ({@code /components/0/media_key}) as the API names it: {@code components[0].media_key}. */
    static String bodyPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
