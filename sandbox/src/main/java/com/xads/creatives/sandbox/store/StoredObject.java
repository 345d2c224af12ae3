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
 */
public record StoredObject(String kind, String account, String id, String altId, String name, String type,
                           String parent, String search, boolean deleted, String updatedAt, Instant dueAt,
                           ObjectNode body) {
}
