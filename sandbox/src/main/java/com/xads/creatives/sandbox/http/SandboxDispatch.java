package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Hands a checked request to the engine and wraps the result as the 200 response. */
public final class SandboxDispatch {

    private final ResourceEngine engine;

    public SandboxDispatch(ResourceEngine engine) {
        this.engine = engine;
    }

    public Response respond(ContainerRequestContext request) {
        SandboxRequest checked = (SandboxRequest) request.getProperty(ContractRequestFilter.REQUEST);
        if (checked == null) {
            throw new IllegalStateException("request reached a resource without the contract check");
        }
        return Response.ok(engine.handle(checked), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
