package com.xads.creatives.sandbox.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.faults.Faults;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


/**
 * {@code /_sandbox/faults}: POST adds a fault for the next matching requests (see {@link Faults#add(JsonNode)}),
 * GET lists those still waiting, DELETE clears them.
 */
@Path("/_sandbox/faults")
@Produces(MediaType.APPLICATION_JSON)
public final class FaultsResource {

    private final Faults faults;

    public FaultsResource(Faults faults) {
        this.faults = faults;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode add(JsonNode body) {
        String id = faults.add(body).id();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        for (JsonNode rule : faults.describe()) {
            if (rule.path("id").asText().equals(id)) {
                answer.set("data", rule);
            }
        }
        return answer;
    }

    @GET
    public ObjectNode list() {
        ArrayNode rules = faults.describe();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.set("data", rules);
        return answer.put("total_count", rules.size());
    }

    @DELETE
    public ObjectNode clear() {
        faults.clear();
        return list();
    }
}
