package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The probes of one operation, read from the contract: its documented requests (which must succeed), and requests
 * that must be refused: each limit of a query parameter overstepped by one, a value outside each enum, each required
 * parameter left out, and each x-rule broken.
 */
final class ProbePlan {

    static final String NOT_AN_ENUM_VALUE = "NOT_A_DOCUMENTED_VALUE";
    private final ContractDocument document;
    private final ExampleCatalog examples;
    private final OperationRules rules;
    private final RuleBreakingRequests breakers;

    ProbePlan(ContractDocument document) {
        this.document = document;
        this.examples = new ExampleCatalog(document);
        this.rules = OperationRules.fromDocument(document.root());
        this.breakers = new RuleBreakingRequests(document);
    }

    List<ExampleCatalog.RequestExample> documented(String operationId) {
        return examples.requests().stream().filter(r -> r.operationId().equals(operationId)).toList();
    }

    Probe documentedProbe(ExampleCatalog.RequestExample example, Probe.DataCheck check) {
        ContractDocument.Operation op = document.operation(example.operationId());
        JsonNode body = example.bodyKey() == null ? null : examples.requestBody(example.operationId(), example.bodyKey());
        return new Probe(op.id(), "documented request " + example.key(), op.method().toUpperCase(), example.path(),
                example.query(), body, new Probe.Success(check));
    }

    List<Probe> refusals(String operationId, Instant now) {
        List<Probe> probes = new ArrayList<>();
        Optional<ExampleCatalog.RequestExample> base = documented(operationId).stream().findFirst();
        if (base.isEmpty()) {
            return probes;
        }
        ContractDocument.Operation op = document.operation(operationId);
        String method = op.method().toUpperCase();
        JsonNode body = base.get().bodyKey() == null ? null : examples.requestBody(operationId, base.get().bodyKey());
        for (OperationParameters.Parameter p : document.parameters(operationId).byName().values()) {
            if (!p.in().equals("query")) {
                continue;
            }
            for (Map.Entry<String, String> defect : defects(p, base.get().query()).entrySet()) {
                Map<String, String> query = new LinkedHashMap<>(base.get().query());
                if (defect.getValue() == null) {
                    query.remove(p.name());
                } else {
                    query.put(p.name(), defect.getValue());
                }
                probes.add(new Probe(operationId, p.name() + " " + defect.getKey(), method, base.get().path(), query, body,
                        new Probe.Refusal(p.name(), null)));
            }
        }
        for (Rule rule : rules.of(operationId)) {
            RuleBreakingRequests.Broken broken = breakers.of(operationId, rule, now);
            Probe.Expectation expected = broken.parameter() == null ? new Probe.Success(Probe.DataCheck.NONE)
                    : new Probe.Refusal(broken.parameter(), rule.code());
            probes.add(new Probe(operationId, "rule " + rule.id() + (broken.parameter() == null ? " kept by the update" : " broken"),
                    method, broken.path(), broken.query(), broken.body(), expected));
        }
        return probes;
    }

    /** Values just outside what the parameter's schema allows, by what is wrong with them; null = left out. */
    private static Map<String, String> defects(OperationParameters.Parameter p, Map<String, String> base) {
        Map<String, String> defects = new LinkedHashMap<>();
        JsonNode schema = p.schema();
        if (p.required() && base.containsKey(p.name())) {
            defects.put("left out though required", null);
        }
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            defects.put("outside its enum", NOT_AN_ENUM_VALUE);
        }
        if (type.equals("array") && schema.path("items").has("enum")) {
            defects.put("with an item outside its enum", NOT_AN_ENUM_VALUE);
        }
        if (schema.has("maxLength")) {
            defects.put("one character over maxLength " + schema.get("maxLength").asInt(),
                    "x".repeat(schema.get("maxLength").asInt() + 1));
        }
        if (schema.has("maximum")) {
            defects.put("one over its maximum " + schema.get("maximum").asLong(), String.valueOf(schema.get("maximum").asLong() + 1));
        }
        if (schema.has("minimum")) {
            defects.put("one under its minimum " + schema.get("minimum").asLong(), String.valueOf(schema.get("minimum").asLong() - 1));
        }
        if (type.equals("integer")) {
            defects.put("not an integer", "12x");
        }
        if (type.equals("boolean")) {
            defects.put("not a boolean", "maybe");
        }
        if (type.equals("array") && schema.has("maxItems") && base.containsKey(p.name())) {
            String item = base.get(p.name()).split(",")[0];
            defects.put("one item over maxItems " + schema.get("maxItems").asInt(),
                    String.join(",", java.util.Collections.nCopies(schema.get("maxItems").asInt() + 1, item)));
        }
        return defects;
    }
}
