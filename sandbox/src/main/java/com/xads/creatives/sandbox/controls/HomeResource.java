package com.xads.creatives.sandbox.controls;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** {@code GET /}: where things are, for whoever opens the sandbox's address first. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class HomeResource {

    @GET
    public ObjectNode home(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        ObjectNode links = JsonNodeFactory.instance.objectNode()
                .put("api", base + "/12")
                .put("docs", base + "/docs/")
                .put("contract", base + "/openapi.yaml")
                .put("contract_json", base + "/openapi.json");
        ObjectNode controls = links.putObject("controls");
        controls.put("reset", "POST " + base + "/_sandbox/reset")
                .put("clock", base + "/_sandbox/clock")
                .put("faults", base + "/_sandbox/faults")
                .put("requests", base + "/_sandbox/requests")
                .put("uploads", "POST " + base + "/_sandbox/uploads");
        return JsonNodeFactory.instance.objectNode().put("name", "X Ads API Creatives sandbox").set("links", links);
    }
}
