package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.RequestProblem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds error responses in the API's format: {@code {"errors":[{code,message,parameter}],"request":{"params":{}}}}. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static Response response(int status, List<RequestProblem> problems) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(problems)).build();
    }

    public static Response response(int status, String code, String parameter, String message) {
        return response(status, List.of(new RequestProblem(code, parameter, message)));
    }

    public static final int MAX_ERRORS = 100;
    // the error schema's limits; what a client sent is echoed in names and messages, so it is cut to fit
    private static final int MAX_PARAMETER = 200;
    private static final int MAX_MESSAGE = 2000;

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    public static ObjectNode body(List<RequestProblem> problems) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode errors = body.putArray("errors");
        // the error schema allows 100 errors; a request with more problems hears of the first 100
        for (RequestProblem problem : problems.subList(0, Math.min(problems.size(), MAX_ERRORS))) {
            ObjectNode error = errors.addObject().put("code", problem.code())
                    .put("message", clip(problem.message(), MAX_MESSAGE));
            if (problem.parameter() != null) {
                error.put("parameter", clip(problem.parameter(), MAX_PARAMETER));
            }
        }
        body.putObject("request").putObject("params");
        return body;
    }
}
