package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug of the sandbox or a fatal error (an OutOfMemoryError, a store failure): logged with its stack trace,
 * answered as the API's INTERNAL_ERROR without details, from a body written in advance that needs no serializer and
 * little memory, so the client never gets an empty 500 or the HTTP server's page.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "unexpected failure", e);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE).entity(JsonErrorPages.FALLBACK).build();
    }
}
