package com.xads.creatives.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON, or not of the expected shape, is a client mistake: 400 naming the body. */
@Provider
public final class JsonBodyExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        return ErrorBodies.response(400, "INVALID_PARAMETER", "body", "The body is not valid JSON: " + e.getOriginalMessage());
    }
}
