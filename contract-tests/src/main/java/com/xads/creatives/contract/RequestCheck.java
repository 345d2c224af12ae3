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
 * operation's request-phase rules hold. Returns the problems in words; none means the request is acceptable.
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

    public List<String> check(String operationId, String path, Map<String, String> query, JsonNode body) {
        ContractDocument.Operation op = document.operation(operationId);
        OperationParameters parameters = new OperationParameters(document, op);
        List<String> problems = new ArrayList<>();
        Map<String, String> pathValues = parameters.matchPath(path);
        if (pathValues == null) {
            problems.add("path " + path + " does not match " + op.path());
            return problems;
        }
        pathValues.forEach((name, value) -> validate(parameters, name, value, problems));
        query.forEach((name, value) -> {
            OperationParameters.Parameter p = parameters.byName().get(name);
            if (p == null || !"query".equals(p.in())) {
                problems.add("undeclared query parameter " + name);
            } else if (value.isEmpty() && p.allowEmpty()) {
                return;
            } else {
                validate(parameters, name, value, problems);
            }
        });
        parameters.byName().values().stream()
                .filter(p -> p.required() && "query".equals(p.in()) && !query.containsKey(p.name()))
                .forEach(p -> problems.add("missing required parameter " + p.name()));
        JsonNode requestBody = op.node().path("requestBody");
        if (!requestBody.isMissingNode()) {
            if (body == null) {
                problems.add("missing JSON body");
            } else {
                schemas.validate(op.pointer() + "/requestBody/content/application~1json/schema", body)
                        .forEach(m -> problems.add("body: " + m));
            }
        }
        List<Rule> opRules = rules.of(operationId);
        evaluator.evaluate(opRules, parameters.ruleInput(pathValues, query, body), Rule.Phase.REQUEST)
                .forEach(v -> problems.add("rule " + v.ruleId() + " (" + v.parameter() + "): " + v.message()));
        return problems;
    }

    private void validate(OperationParameters parameters, String name, String raw, List<String> problems) {
        OperationParameters.Parameter p = parameters.byName().get(name);
        schemas.validate(p.schemaPointer(), parameters.decode(p, raw)).forEach(m -> problems.add(name + ": " + m));
    }
}
