package com.xads.creatives.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.client.resources.ApiRequest;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.rules.ApiTime;
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
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * For every documented example request, the generated client sends exactly that request (method, path, query
 * parameters decoded, JSON body), called both ways: the raw Retrofit method with the example's values, and the
 * resource method with the request class built through its named setters.
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void theRequestClassesSendTheDocumentedRequest(ExampleCatalog.RequestExample example) throws Exception {
        ContractDocument.Operation op = DOCUMENT.operation(example.operationId());
        Map<String, String> values = new LinkedHashMap<>(new OperationParameters(DOCUMENT, op).matchPath(example.path()));
        values.putAll(example.query());
        String className = Character.toUpperCase(op.id().charAt(0)) + op.id().substring(1) + "Request";
        Class<?> requestClass = Class.forName("com.xads.creatives.client.requests." + className);
        Object builder = requestClass.getMethod("builder").invoke(null);
        for (Map.Entry<String, String> value : values.entrySet()) {
            set(builder, camel(value.getKey()), value.getValue());
        }
        if (example.bodyKey() != null) {
            JsonNode body = EXAMPLES.requestBody(example.operationId(), example.bodyKey());
            Method setter = Arrays.stream(builder.getClass().getMethods()).filter(m -> m.getName().equals("body")).findFirst().orElseThrow();
            setter.invoke(builder, client.objectMapper().treeToValue(body, setter.getParameterTypes()[0]));
        }
        ApiRequest request = (ApiRequest) builder.getClass().getMethod("build").invoke(builder);
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/json").setBody("{}"));
        resourceMethod(requestClass).invoke(client.resource(resourceType(op)), request);

        RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
        assertNotNull(recorded);
        HttpUrl url = recorded.getRequestUrl();
        assertEquals(op.method().toUpperCase(), recorded.getMethod());
        assertEquals("/12" + example.path(), url.encodedPath());
        Map<String, String> sent = decodedQuery(url);
        assertEquals(example.query().keySet(), sent.keySet());
        example.query().forEach((name, documented) -> {
            if (name.endsWith("_at")) {
                assertEquals(ApiTime.parse(documented), ApiTime.parse(sent.get(name)), name);
            } else {
                assertEquals(documented, sent.get(name), name);
            }
        });
        if (example.bodyKey() != null) {
            assertEquals(EXAMPLES.requestBody(example.operationId(), example.bodyKey()),
                    client.objectMapper().readTree(recorded.getBody().readUtf8()));
        }
    }

    private static String camel(String wire) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : wire.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** Calls the named setter with the documented text converted to the setter's type. */
    private static void set(Object builder, String name, String text) throws Exception {
        for (Method m : builder.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != 1 || m.getParameterTypes()[0].isArray()) {
                continue;
            }
            Class<?> type = m.getParameterTypes()[0];
            Object value;
            if (type == int.class) {
                value = Integer.parseInt(text);
            } else if (type == long.class) {
                value = Long.parseLong(text);
            } else if (type == boolean.class) {
                value = Boolean.parseBoolean(text);
            } else if (type == java.time.OffsetDateTime.class) {
                value = ApiTime.parse(text).orElseThrow().atOffset(ZoneOffset.UTC);
            } else if (type == List.class) {
                value = text.isEmpty() ? List.of("") : List.of(text.split(","));
            } else if (type.isEnum()) {
                value = type.getMethod("fromValue", String.class).invoke(null, text);
            } else {
                value = text;
            }
            m.invoke(builder, value);
            return;
        }
        throw new AssertionError("no setter " + name + " on " + builder.getClass().getName());
    }

    private static Class<?> resourceType(ContractDocument.Operation op) throws ClassNotFoundException {
        String tag = op.node().path("tags").path(0).asText().replace(" ", "");
        return Class.forName("com.xads.creatives.client.resources." + tag);
    }

    private static Method resourceMethod(Class<?> requestClass) throws Exception {
        for (Class<?> type : List.of(client.getClass().getInterfaces()[0].getMethods()).stream()
                .map(Method::getReturnType).filter(Class::isInterface).toList()) {
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == requestClass && !m.getName().endsWith("Async")) {
                    return m;
                }
            }
        }
        throw new AssertionError("no resource method takes " + requestClass.getSimpleName());
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
