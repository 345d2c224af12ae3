package com.xads.creatives.sandbox.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/** The bundled contract the sandbox implements, as YAML and JSON. */
@Path("/")
public final class SpecDocumentResource {

    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response yaml() {
        return resource("openapi/openapi.yaml", "application/yaml");
    }

    @GET
    @Path("openapi.json")
    @Produces("application/json")
    public Response json() {
        return resource("openapi/openapi.json", "application/json");
    }

    private Response resource(String name, String type) {
        InputStream in = getClass().getClassLoader().getResourceAsStream(name);
        if (in == null) {
            return ErrorBodies.response(404, "NOT_FOUND", null, name + " is not packaged");
        }
        return Response.ok(in, type).build();
    }
}
