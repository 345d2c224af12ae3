package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * A kind of object the sandbox stores, as the {@code x-resource} extension of its entity schema describes it.
 *
 * @param key          the kind's name, under which its objects are stored ({@code poll_card})
 * @param schema       the entity schema of the contract ({@code PollCard})
 * @param idMember     the member holding the id
 * @param notFoundCode the error code of a 404 for an unknown id
 * @param typeMember   the member type filters match, or null
 * @param parentMember the member parent filters match, or null
 * @param dueMember    the date-time at which a pending object goes live, or null
 * @param shownAs      the entity schema whose operations also answer this kind's objects, or null
 * @param softDelete   whether a delete keeps the object, flagged (the delete operation's x-delete)
 * @param members      the properties of the entity schema
 */
public record ResourceKind(String key, String schema, String idMember, String notFoundCode, String typeMember,
                           String parentMember, String dueMember, String shownAs, boolean softDelete,
                           Set<String> members) {

    /** The stored form of an entity body: its key and the columns lists filter and sort on. */
    public StoredObject stored(String account, ObjectNode body) {
        String search = String.join(" ", text(body, "name"), text(body, "title"), text(body, "file_name"),
                text(body, "description")).toLowerCase(Locale.ROOT);
        return new StoredObject(key, account, body.path(idMember).asText(), nullable(body, "card_uri"),
                nullable(body, "name"), typeMember == null ? null : nullable(body, typeMember),
                parentMember == null ? null : nullable(body, parentMember), search,
                body.path("deleted").asBoolean(false), nullable(body, "updated_at"), dueAt(body), body);
    }

    public ApiException notFound(String id, String parameter) {
        return ApiException.notFound(notFoundCode, parameter, "No " + schema + " " + id + " in this account");
    }

    private Instant dueAt(ObjectNode body) {
        if (dueMember == null || !"SCHEDULED".equals(nullable(body, typeMember)) || nullable(body, dueMember) == null) {
            return null;
        }
        return Times.parse(body.get(dueMember).asText()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String text(JsonNode body, String member) {
        JsonNode value = body.get(member);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static String nullable(JsonNode body, String member) {
        JsonNode value = body.get(member);
        return value == null || value.isNull() ? null : value.asText();
    }
}
