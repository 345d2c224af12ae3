package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.RequestProblem;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the HTTP server answers when a failure gets past Jersey (an exception out of a handler, a failure inside the
 * container): the API's JSON error body instead of Grizzly's HTML page. Errors inside Jersey are
 * {@link UnexpectedExceptionMapper}'s.
 */
public final class JsonErrorPages implements ErrorPageGenerator {

    private static final Logger LOG = Logger.getLogger(JsonErrorPages.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Written without allocating much, for when the heap is what failed. */
    static final String FALLBACK = "{\"errors\":[{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal error\"}],"
            + "\"request\":{\"params\":{}}}";

    public static void install(HttpServer server) {
        server.getServerConfiguration().setDefaultErrorPageGenerator(new JsonErrorPages());
    }

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        request.getResponse().setContentType("application/json");
        if (exception != null) {
            LOG.log(Level.SEVERE, "failure outside the API's error handling", exception);
        }
        if (status >= 500) {
            return FALLBACK;
        }
        try {
            return JSON.writeValueAsString(ErrorBodies.body(List.of(new RequestProblem(code(status), null,
                    reasonPhrase == null ? "The request was refused" : reasonPhrase))));
        } catch (JsonProcessingException | RuntimeException e) {
            return FALLBACK;
        }
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "ROUTE_NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 413 -> "REQUEST_TOO_LARGE";
            default -> "INVALID_REQUEST";
        };
    }
}
