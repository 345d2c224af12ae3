package com.xads.creatives.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.OperationParameters;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * For every documented example request, the generated client, called with the example's values, sends exactly
 * that request: method, path, query parameters (decoded) and JSON body.
 */
class DocumentedRequestsTest {

    private static final ContractDocument DOCUMENT = ContractDocument.load();
    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(DOCUMENT);
    private static MockWebServer server;
    private static AdsApiClient client;

    @BeforeAll
    static void start() throws Exception {
        server = new MockWebServer();
        server.start();
        client = AdsApiClient.builder().baseUrl(server.url("/12").toString()).unsigned().build();
    }

    @AfterAll
    static void stop() throws Exception {
        server.shutdown();
    }

    static List<ExampleCatalog.RequestExample> requests() {
        return EXAMPLES.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void clientSendsTheDocumentedRequest(ExampleCatalog.RequestExample example) throws Exception {
        ContractDocument.Operation op = DOCUMENT.operation(example.operationId());
        Map<String, String> pathValues = new OperationParameters(DOCUMENT, op).matchPath(example.path());
        JsonNode body = example.bodyKey() == null ? null : EXAMPLES.requestBody(example.operationId(), example.bodyKey());
        Method method = GeneratedApis.method(example.operationId());
        Object api = client.api(method.getDeclaringClass());
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));

        Call<?> call = (Call<?>) method.invoke(api, GeneratedApis.arguments(method, pathValues, example.query(), body,
                client.objectMapper()));
        call.execute();

        RecordedRequest recorded = server.takeRequest();
        HttpUrl url = recorded.getRequestUrl();
        assertNotNull(url);
        assertEquals(op.method().toUpperCase(), recorded.getMethod());
        assertEquals("/12" + example.path(), url.encodedPath());
        assertEquals(example.query(), decodedQuery(url));
        if (body != null) {
            assertEquals(body, client.objectMapper().readTree(recorded.getBody().readUtf8()));
            assertEquals("application/json", recorded.getHeader("Content-Type").split(";")[0]);
        }
    }

    private static Map<String, String> decodedQuery(HttpUrl url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            List<String> values = url.queryParameterValues(name);
            assertEquals(1, values.size(), "one value for " + name + " (lists are sent comma-separated)");
            query.put(name, values.get(0) == null ? "" : values.get(0));
        }
        return query;
    }
}
