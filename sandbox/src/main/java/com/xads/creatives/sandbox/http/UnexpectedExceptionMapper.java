package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug of the sandbox: logged with its stack trace, answered as the API's INTERNAL_ERROR without details. */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return ErrorBodies.response(500, "INTERNAL_ERROR", null, "Internal error");
    }
}
