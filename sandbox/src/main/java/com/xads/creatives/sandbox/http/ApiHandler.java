package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.sandbox.auth.AccountAccess;
import com.xads.creatives.sandbox.auth.Authentication;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.engine.ResourceEngine;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The API under /12, straight on the HTTP server: each request goes down the {@link RequestPipeline}, then to the
 * engine, and its answer (or the API's error body) is written as JSON with the rate-limit headers and the
 * parameters left out. No web framework sits between: the contract already says what every route takes.
 */
public final class ApiHandler extends HttpHandler {

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestPipeline pipeline;
    private final ResourceEngine engine;

    public ApiHandler(RateLimits rateLimits, Authentication authentication, ApiRoutes routes, AccountAccess accountAccess,
                      ContractDocument document, RequestCheck check, ParameterTolerance tolerance, ResourceEngine engine) {
        this.pipeline = new RequestPipeline(rateLimits, authentication, routes, accountAccess, document, check, tolerance);
        this.engine = engine;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        ApiExchange call = new ApiExchange(request);
        int status;
        byte[] body;
        try {
            ObjectNode answer = engine.handle(pipeline.run(call));
            status = 200;
            body = JSON.writeValueAsBytes(answer);
        } catch (ApiException e) {
            status = e.status();
            body = JSON.writeValueAsBytes(ErrorBodies.body(e.errors()));
            e.headers().forEach(response::setHeader);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "unexpected failure", e);
            status = 500;
            body = JsonErrorPages.FALLBACK.getBytes(StandardCharsets.UTF_8);
        }
        if (call.draw() != null) {
            RateLimits.headers(call.draw(), response::setHeader);
        }
        if (!call.ignored().isEmpty()) {
            response.setHeader(ParameterTolerance.HEADER, ParameterTolerance.headerValue(call.ignored()));
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
