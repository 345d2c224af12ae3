package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.RequestProblem;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks the request target before the HTTP server maps and decodes it: a path or query that is not valid
 * percent-encoded UTF-8, or a path with control characters, would otherwise fail inside Grizzly or Jersey as a 500.
 * Such a request gets the API's 400 in its error format instead.
 */
public final class RequestTargetFilter extends BaseFilter implements AddOn {

    private static final ObjectMapper JSON = new ObjectMapper();
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
        HttpResponsePacket response = request.getResponse();
        response.setStatus(400);
        response.setContentType("application/json");
        if (path.startsWith("/12/")) {
            rateLimits.headersForRefused(request.getMethod().getMethodString(), path.substring(3),
                    request.getHeader("Authorization")).forEach(response::setHeader);
        }
        byte[] body = JSON.writeValueAsBytes(ErrorBodies.body(List.of(new RequestProblem(RequestProblem.INVALID_PARAMETER,
                problem.startsWith("The path") ? "path" : "query", problem))));
        response.setContentLengthLong(body.length);
        response.setHeader("Connection", "close");
        Connection<?> connection = ctx.getConnection();
        ctx.write(null, response.httpContentBuilder().content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build(),
                new EmptyCompletionHandler<WriteResult>() {
                    @Override
                    public void completed(WriteResult result) {
                        connection.closeSilently(); // the rest of the request is never read
                    }

                    @Override
                    public void failed(Throwable error) {
                        connection.closeSilently();
                    }
                });
        return ctx.getStopAction();
    }

    /** Whether every %XX is two hex digits, the bytes make UTF-8, and (in a path) none is a control character. */
    static boolean decodable(String raw, boolean path) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                i += 2;
            } else if (c > 0x7e || c < 0x21) {
                return false;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        if (path) {
            for (int i = 0; i < n; i++) {
                if ((bytes[i] >= 0 && bytes[i] < 0x20) || bytes[i] == 0x7f) {
                    return false;
                }
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
