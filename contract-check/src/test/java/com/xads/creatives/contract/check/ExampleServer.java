package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.contract.RequestProblem;
import com.xads.creatives.contract.ResponseCheck;
import com.xads.creatives.rules.RuleEvaluator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test double of a server, built from the contract alone: it refuses what the contract's request checks refuse,
 * answers the rest with the operation's documented response (ids echoed, deletes remembered), and can be told to
 * get one operation wrong in one of the ways the contract check must catch.
 */
final class ExampleServer implements AutoCloseable {

    enum Defect { NONE, MISSING_FIELD, WRONG_TYPE, EXTRA_FIELD, WRONG_STATUS, SERVER_ERROR_ON_BAD_INPUT, PLAIN_TEXT_400 }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/12";
    private final ContractDocument document;
    private final ExampleCatalog examples;
    private final RequestCheck requests;
    private final ResponseCheck routes;
    private final Map<String, Defect> defects;
    private final Set<String> deleted = new HashSet<>();
    private final HttpServer http;

    ExampleServer(ContractDocument document, Map<String, Defect> defects) throws IOException {
        this.document = document;
        this.examples = new ExampleCatalog(document);
        ContractSchemas schemas = new ContractSchemas(document);
        this.requests = new RequestCheck(document, schemas, new RuleEvaluator(Clock.systemUTC()));
        this.routes = new ResponseCheck(document, schemas);
        this.defects = defects;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + BASE;
    }

    @Override
    public void close() {
        http.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath().substring(BASE.length());
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
            Optional<ContractDocument.Operation> found = routes.operationOf(method, path);
            if (found.isEmpty()) {
                answer(exchange, 404, error("ROUTE_NOT_FOUND", null, "no such route"));
                return;
            }
            ContractDocument.Operation op = found.get();
            Defect defect = defects.getOrDefault(op.id(), Defect.NONE);
            List<RequestProblem> problems = requests.check(op.id(), path, query, body);
            if (!problems.isEmpty()) {
                refuse(exchange, defect, problems);
                return;
            }
            String itemPath = method.equals("POST") ? null : path;
            boolean gone = itemPath != null && deleted.contains(itemPath);
            if (gone && !"true".equals(query.get("with_deleted"))) {
                answer(exchange, 404, error("NOT_FOUND", null, "deleted"));
                return;
            }
            ObjectNode response = documentedResponse(op);
            echoId(op, path, response);
            if (method.equals("DELETE") || gone) {
                deleted.add(path);
                if (response.path("data").has("deleted")) {
                    ((ObjectNode) response.get("data")).put("deleted", true);
                }
            }
            answer(exchange, defect == Defect.WRONG_STATUS ? 201 : 200, spoil(defect, response));
        } catch (RuntimeException e) {
            answer(exchange, 500, error("INTERNAL_ERROR", null, e.toString()));
        }
    }

    private void refuse(HttpExchange exchange, Defect defect, List<RequestProblem> problems) throws IOException {
        if (defect == Defect.SERVER_ERROR_ON_BAD_INPUT) {
            answer(exchange, 500, error("INTERNAL_ERROR", null, "unexpected"));
        } else if (defect == Defect.PLAIN_TEXT_400) {
            byte[] text = "Bad Request".getBytes(StandardCharsets.UTF_8);
            rateLimitHeaders(exchange);
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(400, text.length);
            exchange.getResponseBody().write(text);
        } else {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            problems.forEach(p -> {
                ObjectNode e = body.withArray("errors").addObject().put("code", p.code()).put("message", p.message());
                if (p.parameter() != null) {
                    e.put("parameter", p.parameter());
                }
            });
            body.putObject("request").putObject("params");
            answer(exchange, 400, body);
        }
    }

    private ObjectNode documentedResponse(ContractDocument.Operation op) {
        return (ObjectNode) examples.payloads().stream()
                .filter(p -> p.operationId().equals(op.id()) && p.part() == ExampleCatalog.Part.RESPONSE)
                .findFirst().orElseThrow(() -> new IllegalStateException("no documented response of " + op.id()))
                .value().deepCopy();
    }

    /** An item operation answers with the id it was asked for. */
    private void echoId(ContractDocument.Operation op, String path, ObjectNode response) {
        Map<String, String> values = document.parameters(op.id()).matchPath(path);
        JsonNode data = response.path("data");
        if (!data.isObject() || op.path().endsWith("}") == false) {
            return;
        }
        String last = op.path().substring(op.path().lastIndexOf('{') + 1, op.path().length() - 1);
        String member = last.equals("media_key") ? "media_key" : data.has("id_str") ? "id_str" : "id";
        if (data.has(member) && data.get(member).isTextual()) {
            ((ObjectNode) data).put(member, values.get(last));
        }
    }

    private static JsonNode spoil(Defect defect, ObjectNode response) {
        JsonNode data = response.path("data");
        ObjectNode item = (ObjectNode) (data.isArray() ? data.get(0) : data);
        switch (defect) {
            case MISSING_FIELD -> item.remove(item.has("id") ? "id" : "id_str");
            case WRONG_TYPE -> item.put("name", 12345);
            case EXTRA_FIELD -> item.put("undocumented_member", "surprise");
            default -> {
            }
        }
        return response;
    }

    private static ObjectNode error(String code, String parameter, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode e = body.putArray("errors").addObject().put("code", code).put("message", message);
        if (parameter != null) {
            e.put("parameter", parameter);
        }
        return body;
    }

    private static void answer(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        rateLimitHeaders(exchange);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void rateLimitHeaders(HttpExchange exchange) {
        exchange.getResponseHeaders().set("x-rate-limit-limit", "1000");
        exchange.getResponseHeaders().set("x-rate-limit-remaining", "999");
        exchange.getResponseHeaders().set("x-rate-limit-reset", "1800000000");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
