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
    private final List<String> unlimited = new ArrayList<>();

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
            for (JsonNode p : op.parameters()) {
                JsonNode resolved = document.resolve(p);
                if (!"path".equals(resolved.path("in").asText()) && unbounded(document.resolve(resolved.path("schema")))) {
                    unlimited.add(op.id() + " " + resolved.path("name").asText());
                }
            }
            JsonNode body = document.resolve(op.node().at("/requestBody/content/application~1json/schema"));
            if (body != null && !body.isMissingNode()) {
                body.path("properties").fields().forEachRemaining(m -> {
                    if (unbounded(document.resolve(m.getValue()))) {
                        unlimited.add(op.id() + " body." + m.getKey());
                    }
                });
            }
            List<String> ruleIds = rules.of(op.id()).stream()
                    .map(rule -> rule.id() + (rule.phase() == Rule.Phase.RESULT ? " (on result)" : "")).toList();
            rows.add(new Row(op.id(), op.method().toUpperCase(), op.path(), parameters, ruleIds, examples, failures));
        }
    }

    /** A free-text string (no maxLength, enum, pattern or format) or an array without maxItems. */
    private static boolean unbounded(JsonNode schema) {
        String type = schema.path("type").asText();
        return type.equals("string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("pattern")
                && !schema.has("format") || type.equals("array") && !schema.has("maxItems");
    }

    public List<Row> rows() {
        return rows;
    }

    /** The request inputs with no limit in the contract, as "operationId name": the pages state none for them. */
    public List<String> unlimitedInputs() {
        return unlimited;
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
        md.append("\n## Inputs without a limit\n\n").append(String.format("%d request inputs have no length, item, enum or pattern limit: the"
                + " reference pages state none for them (a client that checks early cannot check these).%n%n", unlimited.size()));
        unlimited.forEach(u -> md.append("- `").append(u).append("`\n"));
        if (!failures().isEmpty()) {
            md.append("\n## Failures\n\n");
            failures().forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }
}
