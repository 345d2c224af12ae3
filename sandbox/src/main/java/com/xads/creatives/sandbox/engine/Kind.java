package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The kinds of objects the sandbox stores, with how each is identified, indexed and deleted. */
public enum Kind {
    ACCOUNT_MEDIA("AccountMedia", "id", true, "creative_type", null, "ACCOUNT_MEDIA_NOT_FOUND"),
    CARD("Card", "id", true, "card_type", null, "CARD_NOT_FOUND"),
    LEGACY_CARD("LegacyCard", "id", true, "card_type", null, "CARD_NOT_FOUND"),
    IMAGE_CONVERSATION_CARD("ImageConversationCard", "id", false, "card_type", null, "CARD_NOT_FOUND"),
    VIDEO_CONVERSATION_CARD("VideoConversationCard", "id", false, "card_type", null, "CARD_NOT_FOUND"),
    IMAGE_DIRECT_MESSAGE_CARD("ImageDirectMessageCard", "id", false, "card_type", null, "CARD_NOT_FOUND"),
    POLL_CARD("PollCard", "id", false, "card_type", null, "CARD_NOT_FOUND"),
    MEDIA_LIBRARY_ITEM("MediaLibraryItem", "media_key", true, "media_type", null, "MEDIA_NOT_FOUND"),
    PREROLL_CALL_TO_ACTION("PrerollCallToAction", "id", true, null, "line_item_id", "NOT_FOUND"),
    DRAFT_TWEET("DraftTweet", "id", false, null, "user_id", "NOT_FOUND"),
    SCHEDULED_TWEET("ScheduledTweet", "id", false, "scheduled_status", "user_id", "NOT_FOUND", "scheduled_at"),
    TWEET("Tweet", "id_str", false, "tweet_type", null, "TWEET_NOT_FOUND");

    /** Name of the entity schema in the contract. */
    public final String schema;
    public final String idMember;
    /** Soft-deleted objects stay, flagged; the others are removed for good. */
    public final boolean softDelete;
    final String typeMember;
    final String parentMember;
    public final String notFoundCode;
    /** The member that says when the object is due while its type member is SCHEDULED; null when nothing is. */
    private final String dueMember;

    Kind(String schema, String idMember, boolean softDelete, String typeMember, String parentMember, String notFoundCode) {
        this(schema, idMember, softDelete, typeMember, parentMember, notFoundCode, null);
    }

    Kind(String schema, String idMember, boolean softDelete, String typeMember, String parentMember, String notFoundCode,
         String dueMember) {
        this.dueMember = dueMember;
        this.schema = schema;
        this.idMember = idMember;
        this.softDelete = softDelete;
        this.typeMember = typeMember;
        this.parentMember = parentMember;
        this.notFoundCode = notFoundCode;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored form of an entity body: its key and the columns lists filter and sort on. */
    public StoredObject stored(String account, ObjectNode body) {
        String search = String.join(" ", text(body, "name"), text(body, "title"), text(body, "file_name"),
                text(body, "description")).toLowerCase(Locale.ROOT);
        return new StoredObject(key(), account, body.path(idMember).asText(), nullable(body, "card_uri"),
                nullable(body, "name"), typeMember == null ? null : nullable(body, typeMember),
                parentMember == null ? null : nullable(body, parentMember), search,
                body.path("deleted").asBoolean(false), nullable(body, "updated_at"), dueAt(body), body);
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
