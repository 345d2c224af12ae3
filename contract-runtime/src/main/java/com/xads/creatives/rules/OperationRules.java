package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code x-rules} of every operation of a bundled OpenAPI document, by operationId. */
public final class OperationRules {

    public static final String EXTENSION = "x-rules";

    private final Map<String, List<Rule>> rulesByOperation;

    private OperationRules(Map<String, List<Rule>> rulesByOperation) {
        this.rulesByOperation = rulesByOperation;
    }

    public static OperationRules fromDocument(JsonNode openApi) {
        Map<String, List<Rule>> byOperation = new LinkedHashMap<>();
        openApi.path("paths").forEach(pathItem -> pathItem.fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (operation.has("operationId")) {
                List<Rule> rules = new ArrayList<>();
                operation.path(EXTENSION).forEach(rule -> rules.add(Rule.fromJson(rule)));
                byOperation.put(operation.get("operationId").asText(), List.copyOf(rules));
            }
        }));
        return new OperationRules(Collections.unmodifiableMap(byOperation));
    }

    /** The rules of one operation; empty for an operation without rules or an unknown operationId. */
    public List<Rule> of(String operationId) {
        return rulesByOperation.getOrDefault(operationId, List.of());
    }

    public Map<String, List<Rule>> all() {
        return rulesByOperation;
    }
}
