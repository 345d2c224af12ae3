package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every embedded example is the documented one with exactly the corrections errata.yaml lists: the raw seed
 * block, patched and parsed strictly, equals the example. Every erratum is used, and every JSON block of the
 * seeds is either embedded or listed as not embedded with a reason.
 */
class SeedExampleErrataTest {

    private static final Pattern REFERENCE_REQUEST = Pattern.compile("^(GET|POST|PUT|DELETE) https://[^/]+(/.*)$");

    @BeforeAll
    static void seedsArePresent() {
        assumeTrue(SeedPages.available(), "seed pages not found at " + SeedPages.directory() + " (set SEEDS_DIR)");
    }

    static List<Object[]> payloadSeeds() {
        List<Object[]> cases = new ArrayList<>();
        Contract.EXAMPLES.payloads().forEach(p -> p.seeds().forEach(s -> cases.add(new Object[]{p, s})));
        return cases;
    }

    static List<Object[]> requestSeeds() {
        List<Object[]> cases = new ArrayList<>();
        Contract.EXAMPLES.requests().forEach(r -> r.seeds().forEach(s -> cases.add(new Object[]{r, s})));
        return cases;
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("payloadSeeds")
    void payloadIsTheSeedBlockWithItsErrata(ExampleCatalog.PayloadExample example, ExampleCatalog.SeedRef seed) throws IOException {
        List<JsonNode> errata = Errata.at(seed.file(), seed.line());
        JsonNode corrected = Errata.correctedJson(SeedPages.block(seed.file(), seed.line()), errata);
        assertTrue(corrected.equals(SeedExampleErrataTest::compareNodes, example.value()),
                "differs from the seed block after errata " + ids(errata) + ":\n" + corrected + "\n" + example.value());
        assertTrue(example.errata().containsAll(ids(errata)), "x-errata lists " + ids(errata));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("requestSeeds")
    void requestIsTheSeedRequestWithItsErrata(ExampleCatalog.RequestExample example, ExampleCatalog.SeedRef seed) {
        List<JsonNode> errata = Errata.at(seed.file(), seed.line());
        String line = Errata.applyText(SeedPages.lines(seed.file()).get(seed.line() - 1), errata);
        ParsedRequest request = ParsedRequest.of(line);
        ContractDocument.Operation op = Contract.DOCUMENT.operation(example.operationId());
        assertEquals(op.method().toUpperCase(), request.method());
        assertEquals(example.path(), request.path());
        assertEquals(example.query(), request.query());
        assertTrue(example.errata().containsAll(ids(errata)), "x-errata lists " + ids(errata));
    }

    @Test
    void everyErratumCorrectsAnEmbeddedExample() {
        Set<String> used = new HashSet<>();
        Contract.EXAMPLES.payloads().forEach(p -> p.seeds().forEach(s -> used.add(s.file() + ":" + s.line())));
        Contract.EXAMPLES.requests().forEach(r -> r.seeds().forEach(s -> used.add(s.file() + ":" + s.line())));
        List<String> unused = Errata.entries().stream()
                .filter(e -> !used.contains(e.path("seed").asText() + ":" + e.path("line").asInt()))
                .map(e -> e.path("id").asText()).toList();
        assertEquals(List.of(), unused);
        System.out.printf("errata: %d corrections, all applied to embedded examples%n", Errata.entries().size());
    }

    @Test
    void everySeedBlockIsEmbeddedOrExplained() {
        Set<String> embedded = new HashSet<>();
        Contract.EXAMPLES.payloads().forEach(p -> p.seeds().forEach(s -> embedded.add(s.file() + ":" + s.line())));
        Set<String> explained = new HashSet<>();
        Errata.notEmbedded().forEach(n -> explained.add(n.path("seed").asText() + ":" + n.path("line").asInt()));
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (String file : SeedPages.files()) {
            for (int line : SeedPages.blockStarts(file)) {
                blocks++;
                String at = file + ":" + line;
                if (embedded.contains(at) == explained.contains(at)) {
                    problems.add(at + (embedded.contains(at) ? " is both embedded and listed as not embedded" : " is neither embedded nor explained"));
                }
            }
        }
        assertEquals(List.of(), problems);
        System.out.printf("seed JSON blocks: %d, %d embedded, %d explained in errata.yaml%n", blocks, embedded.size(), explained.size());
    }

    @Test
    void everyReferenceExamplePairIsEmbedded() {
        Set<String> requestSeeds = new HashSet<>();
        Contract.EXAMPLES.requests().forEach(r -> r.seeds().forEach(s -> requestSeeds.add(s.file() + ":" + s.line())));
        Set<String> responseSeeds = new HashSet<>();
        Contract.EXAMPLES.payloads().forEach(p -> p.seeds().forEach(s -> responseSeeds.add(s.file() + ":" + s.line())));
        Set<String> missing = new TreeSet<>();
        int pairs = 0;
        for (String file : SeedPages.files()) {
            List<String> lines = SeedPages.lines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).trim().equals("Example Request")) {
                    continue;
                }
                pairs++;
                int request = i + 1;
                while (!REFERENCE_REQUEST.matcher(lines.get(request).trim()).matches()) {
                    request++;
                }
                int response = request;
                while (!lines.get(response).trim().equals("Example Response")) {
                    response++;
                }
                while (!lines.get(response).startsWith("{")) {
                    response++;
                }
                if (!requestSeeds.contains(file + ":" + (request + 1))) {
                    missing.add(file + ":" + (request + 1) + " request");
                }
                if (!responseSeeds.contains(file + ":" + (response + 1))) {
                    missing.add(file + ":" + (response + 1) + " response");
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertEquals(69, pairs, "reference request/response pairs in the seeds");
        System.out.printf("reference example pairs: %d of %d embedded%n", pairs, 69);
    }

    @Test
    void theLoneComponentOfTheCarouselGuideIsTheComponentSchemaExample() throws IOException {
        JsonNode block = Errata.STRICT_JSON.readTree(SeedPages.block("004_ecf6a3d5e44e5cb8.txt", 756));
        assertEquals(block, Contract.DOCUMENT.root().at("/components/schemas/CardComponent/example"));
    }

    private static List<String> ids(List<JsonNode> errata) {
        return errata.stream().map(e -> e.path("id").asText()).toList();
    }

    private static int compareNodes(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }

    /** A documented request line, reference style ("GET https://...") or twurl style, reduced to method, path, query. */
    record ParsedRequest(String method, String path, Map<String, String> query) {

        static ParsedRequest of(String line) {
            String method;
            String url;
            String form = null;
            Matcher reference = REFERENCE_REQUEST.matcher(line.trim());
            if (reference.matches()) {
                method = reference.group(1);
                url = reference.group(2);
            } else {
                Matcher x = Pattern.compile("-X (GET|POST|PUT|DELETE)").matcher(line);
                method = x.find() ? x.group(1) : "GET";
                Matcher quoted = Pattern.compile("\"(/[^\"]*)\"?").matcher(line);
                if (!quoted.find()) {
                    throw new AssertionError("no path in " + line);
                }
                url = quoted.group(1);
                Matcher data = Pattern.compile("-d '([^']*)'").matcher(line);
                if (data.find() && !data.group(1).startsWith("{")) {
                    form = data.group(1);
                }
            }
            url = url.replaceFirst("^/[0-9]+(/accounts/)", "$1");
            int question = url.indexOf('?');
            String path = question < 0 ? url : url.substring(0, question);
            String queryString = question < 0 ? "" : url.substring(question + 1);
            if (form != null) {
                queryString = queryString.isEmpty() ? form : queryString + "&" + form;
            }
            Map<String, String> query = new LinkedHashMap<>();
            if (!queryString.isEmpty()) {
                for (String part : queryString.split("&")) {
                    int eq = part.indexOf('=');
                    query.put(eq < 0 ? part : part.substring(0, eq), eq < 0 ? "" : part.substring(eq + 1));
                }
            }
            return new ParsedRequest(method, path, query);
        }
    }
}
