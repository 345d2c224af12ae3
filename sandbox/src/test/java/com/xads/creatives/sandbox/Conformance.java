package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.contract.ResponseCheck;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every API response a test sees is checked against the contract here, whichever way the test sent its request. */
final class Conformance {

    static final ContractDocument DOCUMENT = ContractDocument.load();
    static final ContractSchemas SCHEMAS = new ContractSchemas(DOCUMENT);
    static final ResponseCheck RESPONSES = new ResponseCheck(DOCUMENT, SCHEMAS);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_BASE = "/12";
    private static final String ERROR_SCHEMA = "/components/schemas/ErrorResponse";
    /** Answers of the HTTP layer rather than of an operation: a method the path does not take, or a size over a limit. */
    private static final java.util.Set<Integer> HTTP_LEVEL = java.util.Set.of(405, 413, 414, 431);

    private Conformance() {
    }

    /** The differences of one response from the contract; paths outside the API (controls, spec, docs) are not checked. */
    static List<String> problems(String method, String path, int status, String contentType,
                                 Function<String, String> header, JsonNode body) {
        if (!path.startsWith(API_BASE + "/")) {
            return List.of();
        }
        String apiPath = path.substring(API_BASE.length());
        int query = apiPath.indexOf('?');
        if (query >= 0) {
            apiPath = apiPath.substring(0, query);
        }
        Optional<ContractDocument.Operation> operation = RESPONSES.operationOf(method, apiPath);
        List<String> problems = new ArrayList<>();
        if (operation.isEmpty()) {
            if (status < 400 || status >= 500) {
                problems.add(method + " " + apiPath + " is no operation of the contract, yet answered " + status);
            }
            problems.addAll(errorBodyProblems(body));
        } else if (HTTP_LEVEL.contains(status)) {
            // refused before any operation ran: only the error format applies
            problems.addAll(errorBodyProblems(body));
        } else {
            problems.addAll(RESPONSES.checkWithRateLimits(operation.get(), status, contentType, header, body));
        }
        return problems.stream().map(p -> method + " " + path + " -> " + status + ": " + p).toList();
    }

    private static List<String> errorBodyProblems(JsonNode body) {
        if (body == null) {
            return List.of("the body is not JSON");
        }
        return SCHEMAS.validate(ERROR_SCHEMA, body).stream().map(p -> "error body: " + p).toList();
    }

    static void assertConforms(String method, String path, int status, String contentType,
                               Function<String, String> header, JsonNode body) {
        List<String> problems = problems(method, path, status, contentType, header, body);
        if (!problems.isEmpty()) {
            throw new AssertionError("response breaks the contract:\n  " + String.join("\n  ", problems));
        }
    }

    static JsonNode parse(String text) {
        try {
            return text == null || text.isEmpty() ? null : JSON.readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** Checks each response the generated client receives; a nonconforming one fails the test where it happened. */
    static final class Interceptor implements okhttp3.Interceptor {
        @Override
        public Response intercept(Chain chain) throws IOException {
            Response response = chain.proceed(chain.request());
            ResponseBody body = response.body();
            String text = body == null ? "" : body.string();
            MediaType type = body == null ? null : body.contentType();
            assertConforms(chain.request().method(), chain.request().url().encodedPath()
                            + (chain.request().url().encodedQuery() == null ? "" : "?" + chain.request().url().encodedQuery()),
                    response.code(), response.header("Content-Type"), response::header, parse(text));
            return response.newBuilder().body(ResponseBody.create(text, type)).build();
        }
    }
}
