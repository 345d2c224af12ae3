package com.xads.creatives.sandbox.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One API object as stored: its JSON body as the API returns it, plus the columns lists filter and sort on.
 *
 * @param kind    resource kind, such as {@code poll_card}
 * @param altId   a second key: the card URI of a card
 * @param type    the object's type member (card_type, creative_type, media_type, tweet_type, ...)
 * @param parent  the owning line item or user
 * @param search  lower-cased text that term search looks into
 * @param dueAt   when a pending object is due (a Scheduled Tweet going live), to the second; null for the others
 * @param version how many times the stored object was written (from 1), as read; 0 for an object not stored yet.
 *                A {@link ObjectStore#write conditional write} of a changed object succeeds only while the stored one
 *                is still at this version.
 */
public record StoredObject(String kind, String account, String id, String altId, String name, String type,
                           String parent, String search, boolean deleted, String updatedAt, Instant dueAt,
                           ObjectNode body, long version) {

    /** An object not stored yet. */
    public StoredObject(String kind, String account, String id, String altId, String name, String type, String parent,
                        String search, boolean deleted, String updatedAt, Instant dueAt, ObjectNode body) {
        this(kind, account, id, altId, name, type, parent, search, deleted, updatedAt, dueAt, body, 0);
    }

    /** This object as a change of {@code read}: written only while the stored one is still at read's version. */
    public StoredObject replacing(StoredObject read) {
        return new StoredObject(kind, account, id, altId, name, type, parent, search, deleted, updatedAt, dueAt, body,
                read.version());
    }
}
