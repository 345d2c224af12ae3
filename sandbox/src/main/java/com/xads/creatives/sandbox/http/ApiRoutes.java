package com.xads.creatives.sandbox.http;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.sandbox.engine.ApiException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's routes, from the contract's paths: which operation a method and path name, matched once per request,
 * segment by segment. Literal segments win over parameters, as in JAX-RS ({@code cards/poll} is not
 * {@code cards/{card_id}}).
 */
public final class ApiRoutes {

    /** A path of the contract: its segments (null where a parameter stands) and its operations by method. */
    public record Route(String path, String[] literals, String[] parameters, Map<String, String> operationByMethod) {

        /** The methods the path takes, for an {@code Allow} header. */
        public String allow() {
            return String.join(", ", operationByMethod.keySet());
        }

        private boolean matches(String[] segments) {
            if (segments.length != literals.length) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (literals[i] != null ? !literals[i].equals(segments[i]) : segments[i].isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private Map<String, String> values(String[] segments) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < segments.length; i++) {
                if (parameters[i] != null) {
                    values.put(parameters[i], segments[i]);
                }
            }
            return values;
        }
    }

    /** The operation a request names and the values of its path parameters. */
    public record Match(String operationId, Map<String, String> pathValues) {
    }

    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes(ContractDocument document) {
        Map<String, Map<String, String>> methods = new LinkedHashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            methods.computeIfAbsent(op.path(), p -> new TreeMap<>()).put(op.method().toUpperCase(Locale.ROOT), op.id());
        }
        methods.keySet().stream()
                .sorted(Comparator.comparingLong((String path) -> path.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .forEach(path -> {
                    String[] segments = segments(path);
                    String[] literals = new String[segments.length];
                    String[] parameters = new String[segments.length];
                    for (int i = 0; i < segments.length; i++) {
                        boolean parameter = segments[i].startsWith("{") && segments[i].endsWith("}");
                        literals[i] = parameter ? null : segments[i];
                        parameters[i] = parameter ? segments[i].substring(1, segments[i].length() - 1) : null;
                    }
                    routes.add(new Route(path, literals, parameters, Collections.unmodifiableMap(methods.get(path))));
                });
    }

    /** The route of a path under the API's base, or null. */
    public Route route(String apiPath) {
        String[] segments = segments(apiPath);
        for (Route route : routes) {
            if (route.matches(segments)) {
                return route;
            }
        }
        return null;
    }

    /** The operation of a request on a route; the API's 404 without a route, its 405 (with Allow) without the method. */
    public Match match(Route route, String method, String apiPath) {
        if (route == null) {
            throw ApiException.notFound("ROUTE_NOT_FOUND", null, "The requested resource could not be found");
        }
        String operationId = route.operationByMethod().get(method.equals("HEAD") ? "GET" : method);
        if (operationId == null) {
            throw ApiException.of(405, "METHOD_NOT_ALLOWED", null, "This method is not allowed on this resource")
                    .withHeader("Allow", route.allow());
        }
        return new Match(operationId, route.values(segments(apiPath)));
    }

    /** "/a/b/c" as a, b, c; a path that does not start with a slash matches nothing. */
    private static String[] segments(String path) {
        if (!path.startsWith("/")) {
            return new String[] {"", ""};
        }
        return path.substring(1).split("/", -1);
    }
}
