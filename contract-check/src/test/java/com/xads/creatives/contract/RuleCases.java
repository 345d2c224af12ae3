package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.xads.creatives.rules.Rule;
import com.xads.creatives.rules.RuleInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the inputs each rule kind gives for a rule (inputs that break it and inputs that keep it) at each of the
 * rule's scopes. Each case carries the parameter the violation must name.
 */
final class RuleCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One input for one rule; {@code expectedParameter} is null when the input keeps the rule. */
    record Case(String operationId, Rule rule, String scope, String variant, JsonNode input, String expectedParameter) {
        boolean breaks() {
            return expectedParameter != null;
        }

        @Override
        public String toString() {
            return operationId + " " + rule.id() + (scope.isEmpty() ? "" : " in " + scope) + ": " + variant;
        }
    }

    private RuleCases() {
    }

    static List<Case> of(String operationId, Rule rule) {
        List<Case> cases = new ArrayList<>();
        List<String> scopes = rule.scopes().isEmpty() ? List.of("") : rule.scopes();
        for (String scope : scopes) {
            for (RuleInput input : rule.kind().inputs(rule, Contract.NOW)) {
                Placed placed = place(scope, input.value());
                String expected = input.member() == null ? null
                        : input.member().isEmpty() ? placed.path() : join(placed.path(), input.member());
                cases.add(new Case(operationId, rule, scope, input.variant(), placed.input(), expected));
            }
        }
        return cases;
    }

    private record Placed(JsonNode input, String path) {
    }

    /** Wraps a value so that the scope (e.g. {@code slides[][].destination}) reaches it, and names its path. */
    private static Placed place(String scope, JsonNode value) {
        if (scope.isEmpty()) {
            return new Placed(value, "");
        }
        String[] segments = scope.split("\\.");
        JsonNode inner = value;
        StringBuilder path = new StringBuilder();
        List<String> pathParts = new ArrayList<>();
        for (int s = segments.length - 1; s >= 0; s--) {
            String segment = segments[s];
            int brackets = segment.indexOf('[');
            String member = brackets < 0 ? segment : segment.substring(0, brackets);
            int depth = brackets < 0 ? 0 : (segment.length() - brackets) / 2;
            for (int d = 0; d < depth; d++) {
                inner = NODES.arrayNode().add(inner);
            }
            inner = NODES.objectNode().set(member, inner);
            pathParts.add(0, member + "[0]".repeat(depth));
        }
        for (String part : pathParts) {
            path.append(path.length() == 0 ? "" : ".").append(part);
        }
        return new Placed(inner, path.toString());
    }

    private static String join(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }
}
