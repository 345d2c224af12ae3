package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException e) {
        return ErrorBodies.response(e.status(), e.errors());
    }
}
