package com.xads.creatives.sandbox.http;

import com.xads.creatives.contract.RequestProblem;
import com.xads.creatives.oauth1.PercentEncoding;
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
import java.util.Map;

/**
 * Checks the request target before the HTTP server maps and decodes it: a path or query that is not valid
 * percent-encoded UTF-8, or a path with control characters, would otherwise fail inside Grizzly or Jersey as a 500.
 * Such a request gets the API's 400 in its error format instead.
 */
public final class RequestTargetFilter extends BaseFilter implements AddOn {

    private final RateLimits rateLimits;

    public RequestTargetFilter(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder chain) {
        chain.add(chain.indexOfType(HttpServerFilter.class), this);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Object message = ctx.getMessage();
        if (!(message instanceof HttpContent content) || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        String path = request.getRequestURI();
        String query = request.getQueryString();
        String problem = !decodable(path, true) ? "The path is not valid percent-encoded UTF-8 without control characters"
                : query != null && !decodable(query, false) ? "The query string is not valid percent-encoded UTF-8" : null;
        if (problem == null) {
            return ctx.getInvokeAction();
        }
        Map<String, String> headers = path.startsWith("/12/") ? rateLimits.headersForRefused(
                request.getMethod().getMethodString(), path.substring(3), request.getHeader("Authorization")) : Map.of();
        return EarlyAnswer.send(ctx, request, 400, headers, new RequestProblem(RequestProblem.INVALID_PARAMETER,
                problem.startsWith("The path") ? "path" : "query", problem));
    }

    /** Whether every %XX is two hex digits, the bytes make UTF-8, and (in a path) none is a control character. */
    static boolean decodable(String raw, boolean path) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 0x7e || raw.charAt(i) < 0x21) {
                return false;
            }
        }
        try {
            String decoded = PercentEncoding.decode(raw, false);
            return !path || decoded.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        } catch (PercentEncoding.MalformedEncodingException e) {
            return false;
        }
    }
}
