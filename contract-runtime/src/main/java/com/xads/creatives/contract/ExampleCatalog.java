package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every example the contract embeds: response bodies and request bodies (OpenAPI examples, kept in
 * components/examples) and example requests ({@code x-request-examples} of each operation).
 */
public final class ExampleCatalog {

    public static final String REQUEST_EXAMPLES = "x-request-examples";

    /** Where a payload came from: a seed file and the line its block starts on. */
    public record SeedRef(String file, int line) {
    }

    /** A JSON payload example and the schema it must satisfy. */
    public record PayloadExample(String operationId, String key, Part part, String schemaPointer, JsonNode value,
                                 List<SeedRef> seeds, List<String> errata) {
        @Override
        public String toString() {
            return operationId + " " + key + " " + part.label;
        }
    }

    /** A documented request: the concrete path, the raw query values and the key of its body example, if any. */
    public record RequestExample(String operationId, String key, String path, Map<String, String> query,
                                 String bodyKey, List<SeedRef> seeds, List<String> errata) {
        @Override
        public String toString() {
            return operationId + " " + key + " request";
        }
    }

    public enum Part {
        RESPONSE("response"), REQUEST_BODY("request body");

        public final String label;

        Part(String label) {
            this.label = label;
        }
    }

    private final List<PayloadExample> payloads = new ArrayList<>();
    private final List<RequestExample> requests = new ArrayList<>();

    public ExampleCatalog(ContractDocument document) {
        for (ContractDocument.Operation op : document.operations()) {
            String base = op.pointer();
            collect(document, op, base + "/requestBody/content/application~1json", Part.REQUEST_BODY);
            collect(document, op, base + "/responses/200/content/application~1json", Part.RESPONSE);
            op.node().path(REQUEST_EXAMPLES).fields().forEachRemaining(e -> {
                JsonNode r = e.getValue();
                Map<String, String> query = new LinkedHashMap<>();
                r.path("query").fields().forEachRemaining(q -> query.put(q.getKey(), q.getValue().asText()));
                requests.add(new RequestExample(op.id(), e.getKey(), r.path("path").asText(), query,
                        r.path("body").asText(null), seeds(r), errata(r)));
            });
        }
    }

    private void collect(ContractDocument document, ContractDocument.Operation op, String mediaPointer, Part part) {
        JsonNode media = document.root().at(mediaPointer);
        media.path("examples").fields().forEachRemaining(e -> {
            JsonNode example = document.resolve(e.getValue());
            payloads.add(new PayloadExample(op.id(), e.getKey(), part, mediaPointer + "/schema",
                    example.get("value"), seeds(example), errata(example)));
        });
    }

    private static List<SeedRef> seeds(JsonNode node) {
        List<SeedRef> seeds = new ArrayList<>();
        node.path("x-seeds").forEach(s -> seeds.add(new SeedRef(s.path("file").asText(), s.path("line").asInt())));
        return seeds;
    }

    private static List<String> errata(JsonNode node) {
        List<String> ids = new ArrayList<>();
        node.path("x-errata").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    public List<PayloadExample> payloads() {
        return payloads;
    }

    public List<RequestExample> requests() {
        return requests;
    }

    /** The request body example of an operation by key, or null. */
    public JsonNode requestBody(String operationId, String key) {
        return payloads.stream()
                .filter(p -> p.part() == Part.REQUEST_BODY && p.operationId().equals(operationId) && p.key().equals(key))
                .map(PayloadExample::value).findFirst().orElse(null);
    }
}
