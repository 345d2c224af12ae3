package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.engine.ResourceEngine;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import com.xads.creatives.sandbox.journal.RequestJournal;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final int JOURNALED_BODY_CHARS = 64 * 1024;

    private final RequestPipeline pipeline;
    private final ResourceEngine engine;
    private final RequestJournal journal;
    private final Clock clock;

    public ApiHandler(RequestPipeline pipeline, ResourceEngine engine, RequestJournal journal, Clock clock) {
        this.pipeline = pipeline;
        this.engine = engine;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        long started = System.nanoTime();
        Instant at = clock.instant();
        ApiExchange call = new ApiExchange(request);
        int status;
        byte[] body;
        try {
            ObjectNode answer = engine.handle(pipeline.run(call));
            status = 200;
            body = JSON.writeValueAsBytes(answer);
        } catch (FaultStage.Disconnect e) {
            journal(call, at, 0, started);
            request.getContext().getConnection().closeSilently();
            return;
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
        String reason = ReasonPhrases.missing(status);
        if (reason == null) {
            response.setStatus(status);
        } else {
            response.setStatus(status, reason);
        }
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        journal(call, at, status, started);
    }

    /** Keeps what the request was and how it was answered; its headers (the Authorization among them) are not kept. */
    private void journal(ApiExchange call, Instant at, int status, long started) {
        Request request = call.request();
        Map<String, List<String>> query = new LinkedHashMap<>();
        String path = request.getRequestURI();
        try {
            RequestTarget target = call.target();
            path = RequestTarget.BASE + target.apiPath();
            target.query().forEach(p -> query.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.value()));
        } catch (ApiException unreadable) {
            // a target that does not decode is journaled by its raw path, without a query
        }
        byte[] bytes;
        try {
            bytes = call.captured().body();
        } catch (ApiException unreadable) {
            bytes = new byte[0];
        }
        String text = bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        if (text != null && text.length() > JOURNALED_BODY_CHARS) {
            text = text.substring(0, JOURNALED_BODY_CHARS);
        }
        journal.record(at, call.method(), path, call.match() == null ? null : call.match().operationId(), query, text,
                call.user() == null ? null : call.user().id(), status, (System.nanoTime() - started) / 1_000_000,
                call.fault() == null ? null : call.fault().kind().wire);
    }
}
