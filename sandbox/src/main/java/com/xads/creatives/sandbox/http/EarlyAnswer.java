package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.RequestProblem;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.memory.Buffers;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An error answer in the API's format written by a filter in front of the HTTP server, for a request that must not
 * reach it. The connection is closed once the answer is out: the rest of what the client sent on it (a body the
 * server would not read, the next request) is never parsed.
 */
final class EarlyAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EarlyAnswer() {
    }

    static NextAction send(FilterChainContext ctx, HttpRequestPacket request, int status, Map<String, String> headers,
                           RequestProblem problem) throws IOException {
        HttpResponsePacket response = request.getResponse();
        response.setStatus(status);
        if (ReasonPhrases.missing(status) != null) {
            response.setReasonPhrase(ReasonPhrases.missing(status));
        }
        response.setContentType("application/json");
        headers.forEach(response::setHeader);
        byte[] body = JSON.writeValueAsBytes(ErrorBodies.body(List.of(problem)));
        response.setContentLengthLong(body.length);
        response.setHeader("Connection", "close");
        Connection<?> connection = ctx.getConnection();
        ctx.write(null, response.httpContentBuilder().content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build(),
                new EmptyCompletionHandler<WriteResult>() {
                    @Override
                    public void completed(WriteResult result) {
                        connection.closeSilently();
                    }

                    @Override
                    public void failed(Throwable error) {
                        connection.closeSilently();
                    }
                });
        return ctx.getStopAction();
    }
}
