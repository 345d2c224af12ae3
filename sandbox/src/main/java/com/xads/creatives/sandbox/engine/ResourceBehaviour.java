package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Instant;

/**
 * What one resource does beyond the generic list, get, delete and envelopes of {@link ResourceEngine}: one class per
 * resource, in {@value ResourceTable#BEHAVIOUR_PACKAGE}, named after its entity schema ({@code PollCard} →
 * {@code PollCardResource}), with a constructor taking the {@link EntityContext}. A resource whose contract has a
 * create, an update or an x-action must define the matching method (start-up fails otherwise); the other methods
 * have the behaviour most resources share.
 */
public interface ResourceBehaviour {

    /** The new object, as answered; refusals are {@code ApiException}s naming the parameter. */
    default ObjectNode create(SandboxRequest r) {
        throw new UnsupportedOperationException("create of " + r.operationId());
    }

    /** The object after the update (given a copy of the stored one). */
    default ObjectNode update(SandboxRequest r, ObjectNode current) {
        throw new UnsupportedOperationException("update of " + r.operationId());
    }

    /** The whole answer of an operation whose x-action names {@code action}. */
    default ObjectNode perform(String action, SandboxRequest r, OperationDescriptor op) {
        throw new UnsupportedOperationException(action + " of " + r.operationId());
    }

    /** The stored form of a new object; the same as answered unless the resource keeps more. */
    default ObjectNode stored(SandboxRequest r, ObjectNode created) {
        return created;
    }

    /** The answer of a delete: the object flagged deleted. */
    default ObjectNode markDeleted(ObjectNode body, String now) {
        return body.put("deleted", true).put("updated_at", now);
    }

    /** The resource whose objects a list request shows: its own unless a parameter picks another. */
    default ResourceKind listedKind(SandboxRequest r, ResourceKind own) {
        return own;
    }

    /** A listed object of {@code listed} in this resource's shape. */
    default ObjectNode listedAs(ObjectNode stored, ResourceKind listed) {
        return stored;
    }

    /** A pending object whose due time has come (resources with an x-resource {@code due} member). */
    default void goLive(String account, StoredObject due, Instant now) {
    }

    /** An object of a documented example as the seed stores it: deleted ones come back, so their delete replays. */
    default ObjectNode seeded(ObjectNode documented) {
        if (documented.has("deleted")) {
            documented.put("deleted", false);
        }
        return documented;
    }
}
