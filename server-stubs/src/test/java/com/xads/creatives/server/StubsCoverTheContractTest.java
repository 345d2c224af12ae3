package com.xads.creatives.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.server.api.AccountMediaApi;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every operation of the contract has a method in the generated interfaces, at the same path and HTTP method. */
class StubsCoverTheContractTest {

    @Test
    void everyOperationHasAMethod() throws Exception {
        JsonNode root = new ObjectMapper().readTree(getClass().getClassLoader().getResource("openapi/openapi.json"));
        Set<String> expected = new TreeSet<>();
        root.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().has("operationId")) {
                expected.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + op.getValue().get("operationId").asText());
            }
        }));
        Set<String> found = new TreeSet<>();
        for (Class<?> api : generatedInterfaces()) {
            String base = api.getAnnotation(Path.class).value();
            for (Method m : api.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http != null) {
                    Path sub = m.getAnnotation(Path.class);
                    found.add(http + " " + join(base, sub == null ? "" : sub.value()) + " " + m.getName());
                }
            }
        }
        assertEquals(54, expected.size());
        assertEquals(expected, found);
    }

    private static Set<Class<?>> generatedInterfaces() throws Exception {
        URL dir = AccountMediaApi.class.getResource("");
        assertNotNull(dir);
        Set<Class<?>> types = new java.util.HashSet<>();
        for (File f : new File(dir.toURI()).listFiles((d, n) -> n.endsWith("Api.class"))) {
            types.add(Class.forName("com.xads.creatives.server.api." + f.getName().replace(".class", "")));
        }
        return types;
    }

    private static String httpMethod(Method m) {
        Map<Class<? extends java.lang.annotation.Annotation>, String> verbs =
                Map.of(GET.class, "GET", POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");
        return verbs.entrySet().stream().filter(e -> m.isAnnotationPresent(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
