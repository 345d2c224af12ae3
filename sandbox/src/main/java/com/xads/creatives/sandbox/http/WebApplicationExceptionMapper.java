package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey's own refusals (no route, wrong method, wrong content type, unreadable body) in the API's error format. */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response response;
        if (e instanceof NotFoundException) {
            response = ErrorBodies.response(404, "ROUTE_NOT_FOUND", null, notFound());
        } else if (e instanceof NotAllowedException) {
            response = ErrorBodies.response(405, "METHOD_NOT_ALLOWED", null, "This method is not allowed on this resource");
            Response.ResponseBuilder copy = Response.fromResponse(response);
            e.getResponse().getAllowedMethods().forEach(m -> copy.header("Allow", m));
            return copy.build();
        } else if (e instanceof NotSupportedException) {
            // 400 rather than 415: the contract documents 400 for every malformed request
            response = ErrorBodies.response(400, "INVALID_PARAMETER", "Content-Type", "The body must be application/json");
        } else if (e instanceof NotAcceptableException) {
            response = ErrorBodies.response(400, "INVALID_PARAMETER", "Accept", "Responses are application/json");
        } else if (status >= 500) {
            response = ErrorBodies.response(status, "INTERNAL_ERROR", null, "Internal error");
        } else {
            response = ErrorBodies.response(status, "INVALID_PARAMETER", null, e.getMessage() == null ? "Invalid request" : e.getMessage());
        }
        return response;
    }

    /** Pages outside the API: a path that looks like the API's without its /12 gets the address it meant. */
    private String notFound() {
        String path = uri == null ? "" : "/" + uri.getPath(false).replaceAll("^/", "");
        String hint = path.startsWith("/accounts/") || path.equals("/accounts")
                ? "; the API's paths start with /12 (the base URL ends in /12): try /12" + path
                : "; the API is under /12, the reference under /docs/, and GET / lists the rest";
        return "The requested resource could not be found" + hint;
    }
}
