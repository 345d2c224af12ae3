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

    /** One probe's outcome; {@code status} is 0 when no answer came; {@code millis} how long the answer took. */
    public record Result(Probe probe, int status, List<String> differences, long millis) {
        public boolean passed() {
            return differences.isEmpty();
        }

        public String describe() {
            return probe.method() + " " + probe.path() + QueryStrings.encode(probe.query()) + " -> " + status + ": "
                    + String.join("; ", differences);
        }

        /** One short line: the operation, the check, the first difference, the request's method and path. */
        public String line() {
            String difference = differences.get(0);
            if (difference.length() > LINE_DIFFERENCE) {
                difference = difference.substring(0, LINE_DIFFERENCE - 3) + "...";
            }
            return probe.operationId() + ": " + probe.name() + ": " + difference + " (" + probe.method() + " "
                    + probe.path() + ")";
        }
    }

    /** The longest difference a summary line shows; the JUnit XML has them all, whole. */
    private static final int LINE_DIFFERENCE = 140;

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

    /** A line per passing operation (PASS, the number of checks) and a short line per failed check (FAIL). */
    public String summary() {
        StringBuilder text = new StringBuilder("contract check of " + baseUrl + "\n");
        byOperation().forEach((operationId, list) -> {
            List<Result> failed = list.stream().filter(r -> !r.passed()).toList();
            if (failed.isEmpty()) {
                text.append("PASS ").append(operationId).append(" (").append(list.size()).append(" checks)\n");
            } else {
                failed.forEach(r -> text.append("FAIL ").append(r.line()).append('\n'));
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
                .append(failures().size()).append("\" errors=\"0\" skipped=\"0\" time=\"")
                .append(seconds(results.stream().mapToLong(Result::millis).sum())).append("\">\n");
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Result r : results) {
            String name = r.probe().name();
            int n = seen.merge(r.probe().operationId() + name, 1, Integer::sum);
            xml.append("  <testcase classname=\"").append(escape(r.probe().operationId())).append("\" name=\"")
                    .append(escape(n == 1 ? name : name + " #" + n)).append("\" time=\"").append(seconds(r.millis())).append('"');
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

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
