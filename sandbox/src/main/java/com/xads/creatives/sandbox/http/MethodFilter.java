package com.xads.creatives.sandbox.http;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    private final ApiRoutes routes;
    private final RateLimits rateLimits;

    public MethodFilter(ApiRoutes routes, RateLimits rateLimits) {
        this.routes = routes;
        this.rateLimits = rateLimits;
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
        ApiRoutes.Route route = routes.route(apiPath);
        if (route != null) {
            Map<String, String> headers = new LinkedHashMap<>(rateLimits.headersForRefused(method, apiPath,
                    request.getHeader("Authorization")));
            headers.put("Allow", route.allow());
            return EarlyAnswer.send(ctx, request, 405, headers, notAllowed(method));
        }
        return EarlyAnswer.send(ctx, request, 404, rateLimits.headersForRefused(method, apiPath, request.getHeader("Authorization")),
                new RequestProblem("ROUTE_NOT_FOUND", null, "The requested resource could not be found"));
    }

    private static RequestProblem notAllowed(String method) {
        String shown = method.length() <= 40 ? method : method.substring(0, 40) + "...";
        return new RequestProblem("METHOD_NOT_ALLOWED", null, "The method " + shown + " is not allowed on this resource");
    }
}
