package com.xads.creatives.sandbox.http;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.contract.RequestProblem;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers every method the API does not have (TRACE, OPTIONS, PATCH, CONNECT and any other token) in front of the
 * HTTP server: 405 in the API's error format with the path's methods from the contract in {@code Allow}, and the
 * connection closed. Grizzly would otherwise answer TRACE itself and leave its body unread on the connection, to be
 * parsed as the next request. GET, HEAD, POST, PUT and DELETE go on to the API, which knows per path which it takes.
 */
public final class MethodFilter extends BaseFilter implements AddOn {

    private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST", "PUT", "DELETE");
    /** The sandbox's own pages and controls, outside the API. */
    private static final String SITE_METHODS = "GET, HEAD, POST";

    private final List<PathMethods> paths = new ArrayList<>();
    private final RateLimits rateLimits;

    private record PathMethods(OperationParameters template, String allow) {
    }

    public MethodFilter(ContractDocument document, RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        Map<String, OperationParameters> templates = new LinkedHashMap<>();
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        for (ContractDocument.Operation op : document.operations()) {
            templates.putIfAbsent(op.path(), document.parameters(op.id()));
            methods.computeIfAbsent(op.path(), p -> new TreeSet<>()).add(op.method().toUpperCase(java.util.Locale.ROOT));
        }
        // literal segments before variables, as JAX-RS matches: cards/poll is not cards/{card_id}
        templates.keySet().stream()
                .sorted(Comparator.comparingLong((String path) -> path.chars().filter(c -> c == '{').count())
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .forEach(path -> paths.add(new PathMethods(templates.get(path), String.join(", ", methods.get(path)))));
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        chain.add(chain.indexOfType(HttpServerFilter.class), this);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content) || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || SERVED.contains(request.getMethod().getMethodString())) {
            return ctx.getInvokeAction();
        }
        if (request.getResponse().isCommitted()) {
            return ctx.getStopAction(); // a later part of a request already answered
        }
        String method = request.getMethod().getMethodString();
        String path = request.getRequestURI();
        if (!path.startsWith("/12/")) {
            return EarlyAnswer.send(ctx, request, 405, Map.of("Allow", SITE_METHODS), notAllowed(method));
        }
        String apiPath = path.substring(3);
        for (PathMethods candidate : paths) {
            if (candidate.template().matchPath(apiPath) != null) {
                Map<String, String> headers = new LinkedHashMap<>(rateLimits.headersForRefused(method, apiPath,
                        request.getHeader("Authorization")));
                headers.put("Allow", candidate.allow());
                return EarlyAnswer.send(ctx, request, 405, headers, notAllowed(method));
            }
        }
        return EarlyAnswer.send(ctx, request, 404, rateLimits.headersForRefused(method, apiPath, request.getHeader("Authorization")),
                new RequestProblem("ROUTE_NOT_FOUND", null, "The requested resource could not be found"));
    }

    private static RequestProblem notAllowed(String method) {
        String shown = method.length() <= 40 ? method : method.substring(0, 40) + "...";
        return new RequestProblem("METHOD_NOT_ALLOWED", null, "The method " + shown + " is not allowed on this resource");
    }
}
