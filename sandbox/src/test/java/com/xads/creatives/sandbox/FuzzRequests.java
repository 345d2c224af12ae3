package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.OperationParameters;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests for the fuzz test, generated from the contract: for a random operation, its parameters each left out,
 * documented, at or just past a limit, of the wrong type, huge, not UTF-8 or badly percent-encoded, sometimes
 * repeated; bodies documented, broken, deeply nested or not JSON; any content type; now and then another method.
 */
final class FuzzRequests {

    /** A request as bytes on the wire, and the operation it was made from. */
    record Request(String operationId, String method, byte[] target, String contentType, byte[] body) {
        String targetText() {
            return new String(target, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return operationId + ": " + method + " " + targetText() + " [" + contentType + "] "
                    + (body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1));
        }
    }

    private static final ContractDocument DOCUMENT = Conformance.DOCUMENT;
    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(DOCUMENT);
    /** Documented values by parameter name, from every documented request. */
    private static final Map<String, List<String>> DOCUMENTED = new HashMap<>();

    static {
        for (ExampleCatalog.RequestExample r : EXAMPLES.requests()) {
            r.query().forEach((name, value) -> DOCUMENTED.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
            OperationParameters parameters = DOCUMENT.parameters(r.operationId());
            parameters.matchPath(r.path()).forEach((name, value) -> DOCUMENTED.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
        }
    }

    private FuzzRequests() {
    }

    static Arbitrary<Request> any() {
        return Arbitraries.of(DOCUMENT.operations()).flatMap(FuzzRequests::forOperation);
    }

    private static Arbitrary<Request> forOperation(ContractDocument.Operation op) {
        OperationParameters parameters = DOCUMENT.parameters(op.id());
        List<OperationParameters.Parameter> declared = new ArrayList<>(parameters.byName().values());
        Arbitrary<List<byte[]>> values = Combinators.combine(declared.stream().map(FuzzRequests::value).toList())
                .as(list -> list);
        Arbitrary<String> method = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(12, op.method().toUpperCase()),
                net.jqwik.api.Tuple.of(1, "GET"), net.jqwik.api.Tuple.of(1, "POST"), net.jqwik.api.Tuple.of(1, "PUT"),
                net.jqwik.api.Tuple.of(1, "DELETE"), net.jqwik.api.Tuple.of(1, "PATCH"));
        Arbitrary<String> contentType = Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=zz", "application/xml", "", "*/*");
        Arbitrary<byte[]> body = op.node().has("requestBody") ? jsonBody(op) : Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, (byte[]) null), net.jqwik.api.Tuple.of(1, "{}".getBytes(StandardCharsets.UTF_8)),
                net.jqwik.api.Tuple.of(1, "name=x&name=y".getBytes(StandardCharsets.UTF_8)));
        Arbitrary<Integer> repeat = Arbitraries.integers().between(-1, Math.max(0, declared.size() - 1));
        return Combinators.combine(values, method, contentType, body, repeat).as((vals, m, type, b, rep) -> {
            ByteArrayOutputStream target = new ByteArrayOutputStream();
            target.writeBytes("/12".getBytes(StandardCharsets.US_ASCII));
            String template = op.path();
            ByteArrayOutputStream query = new ByteArrayOutputStream();
            for (int i = 0; i < declared.size(); i++) {
                OperationParameters.Parameter p = declared.get(i);
                byte[] value = vals.get(i);
                if (p.in().equals("path")) {
                    template = template.replace("{" + p.name() + "}", new String(value == null ? "x".getBytes() : value,
                            StandardCharsets.ISO_8859_1));
                } else if (value != null) {
                    appendParam(query, p.name(), value);
                    if (i == rep) {
                        appendParam(query, p.name(), value);
                    }
                }
            }
            target.writeBytes(template.getBytes(StandardCharsets.ISO_8859_1));
            if (query.size() > 0) {
                target.write('?');
                target.writeBytes(query.toByteArray());
            }
            return new Request(op.id(), m, target.toByteArray(), type.isEmpty() ? null : type, b);
        });
    }

    private static void appendParam(ByteArrayOutputStream query, String name, byte[] value) {
        if (query.size() > 0) {
            query.write('&');
        }
        query.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
        query.write('=');
        query.writeBytes(value);
    }

    /** One parameter's value as wire bytes (already percent-encoded where it should be), or null to leave it out. */
    private static Arbitrary<byte[]> value(OperationParameters.Parameter p) {
        JsonNode schema = p.schema();
        List<String> plain = new ArrayList<>(DOCUMENTED.getOrDefault(p.name(), List.of()));
        schema.path("enum").forEach(v -> plain.add(v.asText()));
        schema.path("items").path("enum").forEach(v -> plain.add(v.asText()));
        if (schema.has("maxLength")) {
            plain.add("x".repeat(schema.get("maxLength").asInt()));
            plain.add("x".repeat(schema.get("maxLength").asInt() + 1));
        }
        for (String bound : List.of("minimum", "maximum")) {
            if (schema.has(bound)) {
                long b = schema.get(bound).asLong();
                plain.addAll(List.of(String.valueOf(b), String.valueOf(b - 1), String.valueOf(b + 1)));
            }
        }
        plain.addAll(List.of("", "abc", "12x", "-1", "0", "true", "maybe", "99999999999999999999999", "1e5", "null",
                "x".repeat(10_000), "é☃😀", "a,b,,c", ",", "2026-13-45", "\u0000\u001f", "' OR 1=1 --", "<script>"));
        Arbitrary<byte[]> encoded = Arbitraries.of(plain).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)
                .replace("+", "%20").getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> raw = Arbitraries.of("%zz", "%", "%C3%28", "%FF%FE", "%00", "%E2%82", "a%2Cb")
                .map(v -> v.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> notUtf8 = Arbitraries.of(new byte[]{(byte) 0xC3, 0x28}, new byte[]{(byte) 0xFF, (byte) 0xFE},
                new byte[]{'a', (byte) 0x80});
        Arbitrary<byte[]> left = Arbitraries.just(null);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(p.required() ? 1 : 5, left),
                net.jqwik.api.Tuple.of(8, encoded),
                net.jqwik.api.Tuple.of(1, raw),
                net.jqwik.api.Tuple.of(1, notUtf8));
    }

    private static Arbitrary<byte[]> jsonBody(ContractDocument.Operation op) {
        List<JsonNode> documented = new ArrayList<>();
        EXAMPLES.requests().stream().filter(r -> r.operationId().equals(op.id()) && r.bodyKey() != null)
                .forEach(r -> documented.add(EXAMPLES.requestBody(r.operationId(), r.bodyKey())));
        Arbitrary<byte[]> valid = Arbitraries.of(documented).map(n -> n.toString().getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> mutated = Arbitraries.of(documented).flatMap(n -> Arbitraries.integers().between(0, 5).map(kind -> {
            String text = n.toString();
            return (switch (kind) {
                case 0 -> text.replaceFirst("\"[^\"]*\":", "\"unknown_member\":");
                case 1 -> text.replaceFirst(":\"[^\"]*\"", ":12345");
                case 2 -> text.replaceFirst(":\\[", ":[null,");
                case 3 -> text.substring(0, text.length() / 2);
                case 4 -> text.replaceFirst("\\{", "{\"name\":\"dup\",\"name\":\"dup\",");
                default -> text.replace("\"", "'");
            }).getBytes(StandardCharsets.UTF_8);
        }));
        Arbitrary<byte[]> weird = Arbitraries.of(
                "[".repeat(50_000).getBytes(StandardCharsets.US_ASCII),
                ("{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000)).getBytes(StandardCharsets.US_ASCII),
                "{\"name\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1),
                new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'},
                "".getBytes(), "null".getBytes(), "[]".getBytes(), "\"text\"".getBytes(), "42".getBytes(),
                ("{\"components\":[" + "{\"type\":\"MEDIA\",\"media_key\":\"3_1\"},".repeat(5_000) + "{}]}").getBytes());
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(4, mutated),
                net.jqwik.api.Tuple.of(2, weird), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }
}
