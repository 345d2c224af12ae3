package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The one resource of the API application: every path under /12, whichever operation it is, goes to the engine once
 * {@link RequestPipeline} has matched it to an operation of the contract and checked it.
 */
@Path("{path: .*}")
public final class ApiEndpoint {

    private final ResourceEngine engine;

    public ApiEndpoint(ResourceEngine engine) {
        this.engine = engine;
    }

    @GET
    public Response get(@Context ContainerRequestContext request) {
        return respond(request);
    }

    @POST
    public Response post(@Context ContainerRequestContext request) {
        return respond(request);
    }

    @PUT
    public Response put(@Context ContainerRequestContext request) {
        return respond(request);
    }

    @DELETE
    public Response delete(@Context ContainerRequestContext request) {
        return respond(request);
    }

    private Response respond(ContainerRequestContext request) {
        SandboxRequest checked = ApiCall.of(request).checked();
        if (checked == null) {
            throw new IllegalStateException("request reached the API without the contract check");
        }
        return Response.ok(engine.handle(checked), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
