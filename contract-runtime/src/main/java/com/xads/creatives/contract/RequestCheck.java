package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
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

    public List<RequestProblem> check(String operationId, String path, Map<String, String> query, JsonNode body) {
        ContractDocument.Operation op = document.operation(operationId);
        OperationParameters parameters = document.parameters(operationId);
        List<RequestProblem> problems = new ArrayList<>();
        Map<String, String> pathValues = parameters.matchPath(path);
        if (pathValues == null) {
            problems.add(new RequestProblem("ROUTE_NOT_FOUND", null, "path " + path + " does not match " + op.path()));
            return problems;
        }
        pathValues.forEach((name, value) -> validate(parameters, name, value, problems));
        query.forEach((name, value) -> {
            OperationParameters.Parameter p = parameters.byName().get(name);
            if (p == null || !"query".equals(p.in())) {
                problems.add(new RequestProblem(RequestProblem.INVALID_PARAMETER, name, "Unknown parameter " + name));
            } else if (!(value.isEmpty() && p.allowEmpty())) {
                validate(parameters, name, value, problems);
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
            return problems;
        }
        List<Rule> opRules = rules.of(operationId);
        evaluator.evaluate(opRules, parameters.ruleInput(pathValues, query, body), Rule.Phase.REQUEST)
                .forEach(v -> problems.add(new RequestProblem(v.code(), v.parameter(), v.message())));
        return problems;
    }

    private void validate(OperationParameters parameters, String name, String raw, List<RequestProblem> problems) {
        OperationParameters.Parameter p = parameters.byName().get(name);
        schemas.problems(p.schemaPointer(), parameters.decode(p, raw)).forEach(m -> problems.add(new RequestProblem(
                RequestProblem.INVALID_PARAMETER, name, name + m.location().replace("/", "[").replaceAll("\\[(\\d+)", "[$1]")
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
