package com.xads.creatives.sandbox.controls;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.engine.Times;
import com.xads.creatives.sandbox.journal.JournalEntry;
import com.xads.creatives.sandbox.journal.RequestJournal;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.function.Predicate;

/**
 * {@code /_sandbox/requests}: the request journal, oldest first, filtered by {@code operation}, {@code method},
 * {@code path} (a prefix) and {@code status}; DELETE clears it.
 */
@Path("/_sandbox/requests")
@Produces(MediaType.APPLICATION_JSON)
public final class RequestsResource {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final RequestJournal journal;

    public RequestsResource(RequestJournal journal) {
        this.journal = journal;
    }

    @GET
    public ObjectNode list(@QueryParam("operation") String operation, @QueryParam("method") String method,
                           @QueryParam("path") String path, @QueryParam("status") String status) {
        Predicate<JournalEntry> filter = e -> true;
        if (operation != null) {
            filter = filter.and(e -> operation.equals(e.operationId()));
        }
        if (method != null) {
            filter = filter.and(e -> method.equalsIgnoreCase(e.method()));
        }
        if (path != null) {
            filter = filter.and(e -> e.path().startsWith(path));
        }
        if (status != null) {
            int wanted = status(status);
            filter = filter.and(e -> e.status() == wanted);
        }
        ArrayNode data = NODES.arrayNode();
        journal.entries(filter).forEach(e -> data.add(json(e)));
        ObjectNode answer = NODES.objectNode();
        answer.set("data", data);
        return answer.put("total_count", data.size()).put("dropped", journal.dropped());
    }

    @DELETE
    public ObjectNode clear() {
        journal.clear();
        return list(null, null, null, null);
    }

    private static int status(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", "status", "status must be an HTTP status such as 429");
        }
    }

    private static ObjectNode json(JournalEntry e) {
        ObjectNode item = NODES.objectNode().put("sequence", e.sequence()).put("at", Times.iso(e.at()))
                .put("method", e.method()).put("path", e.path()).put("operation", e.operationId());
        ObjectNode query = item.putObject("query");
        e.query().forEach((name, values) -> values.forEach(v -> query.withArray(name).add(v)));
        return item.put("body", e.body()).put("user_id", e.userId()).put("status", e.status())
                .put("millis", e.millis()).put("fault", e.fault());
    }
}
