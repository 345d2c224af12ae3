package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.StoredObject;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The card fetch endpoints (cards/all) find a card whichever endpoint made it: a legacy card as stored, or a card of
 * one of the typed endpoints shown with the members the legacy card shape has.
 */
final class CardFetch {

    private static final List<Kind> SEARCHED = List.of(Kind.LEGACY_CARD, Kind.IMAGE_CONVERSATION_CARD,
            Kind.VIDEO_CONVERSATION_CARD, Kind.IMAGE_DIRECT_MESSAGE_CARD, Kind.POLL_CARD);

    private final ObjectStore store;
    private final Set<String> legacyMembers;

    /** @param legacyMembers the properties of the contract's LegacyCard schema */
    CardFetch(ObjectStore store, Set<String> legacyMembers) {
        this.store = store;
        this.legacyMembers = legacyMembers;
    }

    Optional<ObjectNode> byUri(String account, String uri, boolean withDeleted) {
        return find(kind -> store.getByAltId(kind.key(), account, uri), withDeleted);
    }

    Optional<ObjectNode> byId(String account, String id, boolean withDeleted) {
        return find(kind -> store.get(kind.key(), account, id), withDeleted);
    }

    private Optional<ObjectNode> find(Function<Kind, Optional<StoredObject>> lookup, boolean withDeleted) {
        for (Kind kind : SEARCHED) {
            Optional<StoredObject> found = lookup.apply(kind).filter(o -> withDeleted || !o.deleted());
            if (found.isPresent()) {
                return Optional.of(kind == Kind.LEGACY_CARD ? found.get().body() : asLegacy(found.get().body()));
            }
        }
        return Optional.empty();
    }

    private ObjectNode asLegacy(ObjectNode card) {
        ObjectNode legacy = card.deepCopy();
        legacy.retain(legacyMembers);
        return legacy;
    }
}
