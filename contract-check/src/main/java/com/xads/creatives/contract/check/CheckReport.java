package com.xads.creatives.contract.check;

import com.xads.creatives.contract.QueryStrings;
import org.junit.jupiter.api.DynamicContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a contract check found: every probe with its differences, readable, as JUnit XML, or as dynamic tests. */
public final class CheckReport {

    /** One probe's outcome; {@code status} is 0 when no answer came. */
    public record Result(Probe probe, int status, List<String> differences) {
        public boolean passed() {
            return differences.isEmpty();
        }

        public String describe() {
            return probe.method() + " " + probe.path() + QueryStrings.encode(probe.query()) + " -> " + status + ": "
                    + String.join("; ", differences);
        }
    }

    private final String baseUrl;
    private final List<Result> results;

    CheckReport(String baseUrl, List<Result> results) {
        this.baseUrl = baseUrl;
        this.results = List.copyOf(results);
    }

    public List<Result> results() {
        return results;
    }

    public boolean passed() {
        return results.stream().allMatch(Result::passed);
    }

    public List<Result> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** The results per operationId, in operationId order. */
    public Map<String, List<Result>> byOperation() {
        Map<String, List<Result>> grouped = new TreeMap<>();
        results.forEach(r -> grouped.computeIfAbsent(r.probe().operationId(), k -> new java.util.ArrayList<>()).add(r));
        return grouped;
    }

    /** A line per operation: PASS with the number of checks, or FAIL with the first difference. */
    public String summary() {
        StringBuilder text = new StringBuilder("contract check of " + baseUrl + "\n");
        byOperation().forEach((operationId, list) -> {
            List<Result> failed = list.stream().filter(r -> !r.passed()).toList();
            if (failed.isEmpty()) {
                text.append("PASS ").append(operationId).append(" (").append(list.size()).append(" checks)\n");
            } else {
                text.append("FAIL ").append(operationId).append(" (").append(failed.size()).append(" of ").append(list.size())
                        .append(" checks): ").append(failed.get(0).probe().name()).append(": ").append(failed.get(0).describe())
                        .append('\n');
            }
        });
        long failedOps = byOperation().values().stream().filter(l -> l.stream().anyMatch(r -> !r.passed())).count();
        text.append(results.size()).append(" checks of ").append(byOperation().size()).append(" operations: ")
                .append(failures().size()).append(" failed, in ").append(failedOps).append(" operations\n");
        return text.toString();
    }

    /** JUnit XML (the Surefire report format CI servers read): a test case per probe, named by its operationId. */
    public void writeJUnitXml(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"contract-check\" tests=\"").append(results.size()).append("\" failures=\"")
                .append(failures().size()).append("\" errors=\"0\" skipped=\"0\">\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Result r : results) {
            String name = r.probe().name();
            int n = seen.merge(r.probe().operationId() + name, 1, Integer::sum);
            xml.append("  <testcase classname=\"").append(escape(r.probe().operationId())).append("\" name=\"")
                    .append(escape(n == 1 ? name : name + " #" + n)).append('"');
            if (r.passed()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n    <failure message=\"").append(escape(r.differences().get(0))).append("\">")
                        .append(escape(r.describe())).append("</failure>\n  </testcase>\n");
            }
        }
        xml.append("</testsuite>\n");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, xml);
    }

    public Stream<DynamicContainer> dynamicTests() {
        return ContractCheck.dynamicTests(this);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
