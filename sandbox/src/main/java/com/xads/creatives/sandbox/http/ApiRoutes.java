package com.xads.creatives.sandbox.http;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.OperationParameters;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's routes, from the contract's paths: which operation a method and path name, matched once per request.
 * Literal segments win over parameters, as in JAX-RS ({@code cards/poll} is not {@code cards/{card_id}}).
 */
public final class ApiRoutes {

    /** A path of the contract, its template and its operations by method. */
    public record Route(String path, OperationParameters template, Map<String, String> operationByMethod) {

        /** The methods the path takes, for an {@code Allow} header. */
        public String allow() {
            return String.join(", ", operationByMethod.keySet());
        }
    }

    /** The operation a request names and the values of its path parameters. */
    public record Match(String operationId, Map<String, String> pathValues) {
    }

    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes(ContractDocument document) {
        Map<String, OperationParameters> templates = new LinkedHashMap<>();
        Map<String, Map<String, String>> methods = new LinkedHashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            templates.putIfAbsent(op.path(), document.parameters(op.id()));
            methods.computeIfAbsent(op.path(), p -> new TreeMap<>()).put(op.method().toUpperCase(Locale.ROOT), op.id());
        }
        templates.keySet().stream()
                .sorted(Comparator.comparingLong((String path) -> path.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .forEach(path -> routes.add(new Route(path, templates.get(path), java.util.Collections.unmodifiableMap(methods.get(path)))));
    }

    /** The route of a path under the API's base, or null. */
    public Route route(String apiPath) {
        for (Route route : routes) {
            if (route.template().matchPath(apiPath) != null) {
                return route;
            }
        }
        return null;
    }

    /** The operation of a request; Jakarta REST's 404 or 405 (with the path's methods) when there is none. */
    public Match match(String method, String apiPath) {
        Route route = route(apiPath);
        if (route == null) {
            throw new NotFoundException();
        }
        String operationId = route.operationByMethod().get(method.equals("HEAD") ? "GET" : method);
        if (operationId == null) {
            List<String> allowed = new ArrayList<>(route.operationByMethod().keySet());
            throw new NotAllowedException(allowed.get(0), allowed.subList(1, allowed.size()).toArray(String[]::new));
        }
        return new Match(operationId, route.template().matchPath(apiPath));
    }
}
