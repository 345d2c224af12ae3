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

    public static ObjectNode body(List<RequestProblem> problems) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode errors = body.putArray("errors");
        for (RequestProblem problem : problems) {
            ObjectNode error = errors.addObject().put("code", problem.code()).put("message", problem.message());
            if (problem.parameter() != null) {
                error.put("parameter", problem.parameter());
            }
        }
        body.putObject("request").putObject("params");
        return body;
    }
}
