package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Markdown table of the contract, one row per operation: its parameters, rules and examples, with the result of
 * validating each example. Built by the contract tests into target/coverage.md.
 */
public final class CoverageReport {

    /** One operation's line of the report. */
    public record Row(String operationId, String method, String path, List<String> parameters, List<String> rules,
                      List<String> examples, List<String> failures) {
    }

    private final List<Row> rows = new ArrayList<>();

    public CoverageReport(ContractDocument document, ContractSchemas schemas, RequestCheck requests) {
        ExampleCatalog catalog = new ExampleCatalog(document);
        OperationRules rules = OperationRules.fromDocument(document.root());
        for (ContractDocument.Operation op : document.operations()) {
            List<String> parameters = new ArrayList<>();
            for (JsonNode p : op.parameters()) {
                JsonNode resolved = document.resolve(p);
                parameters.add(resolved.path("name").asText() + (resolved.path("required").asBoolean() ? "*" : ""));
            }
            if (op.node().has("requestBody")) {
                parameters.add("JSON body*");
            }
            List<String> examples = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (ExampleCatalog.PayloadExample p : catalog.payloads()) {
                if (p.operationId().equals(op.id())) {
                    List<String> problems = schemas.validate(p.schemaPointer(), p.value());
                    examples.add(p.key() + " " + p.part().label + (problems.isEmpty() ? " ok" : " FAILS"));
                    problems.forEach(m -> failures.add(p + ": " + m));
                }
            }
            for (ExampleCatalog.RequestExample r : catalog.requests()) {
                if (r.operationId().equals(op.id())) {
                    JsonNode body = r.bodyKey() == null ? null : catalog.requestBody(r.operationId(), r.bodyKey());
                    List<RequestProblem> problems = requests.check(r.operationId(), r.path(), r.query(), body);
                    examples.add(r.key() + " request" + (problems.isEmpty() ? " ok" : " FAILS"));
                    problems.forEach(m -> failures.add(r + ": " + m));
                }
            }
            List<String> ruleIds = rules.of(op.id()).stream()
                    .map(rule -> rule.id() + (rule.phase() == Rule.Phase.RESULT ? " (on result)" : "")).toList();
            rows.add(new Row(op.id(), op.method().toUpperCase(), op.path(), parameters, ruleIds, examples, failures));
        }
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> failures() {
        return rows.stream().flatMap(r -> r.failures().stream()).toList();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# Contract coverage\n\n");
        long examples = rows.stream().mapToLong(r -> r.examples().size()).sum();
        long ok = rows.stream().flatMap(r -> r.examples().stream()).filter(e -> e.endsWith(" ok")).count();
        md.append(String.format("%d operations, %d rules, %d examples of which %d validate. `*` marks a required input.%n%n",
                rows.size(), rows.stream().mapToLong(r -> r.rules().size()).sum(), examples, ok));
        md.append("| operation | method and path | parameters | rules | examples |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| `").append(row.operationId()).append("` | ").append(row.method()).append(' ').append(row.path())
                    .append(" | ").append(String.join(", ", row.parameters()))
                    .append(" | ").append(row.rules().isEmpty() ? "none" : String.join(", ", row.rules()))
                    .append(" | ").append(row.examples().stream().collect(Collectors.joining("<br>"))).append(" |\n");
        }
        if (!failures().isEmpty()) {
            md.append("\n## Failures\n\n");
            failures().forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }
}
