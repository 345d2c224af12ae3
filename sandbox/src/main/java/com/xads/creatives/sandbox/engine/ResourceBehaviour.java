package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

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

    /**
     * A pending object whose due time has come (resources with an x-resource {@code due} member): what to write, in
     * one conditional write, the due object {@link StoredObject#replacing replacing} the one read, so of sandboxes
     * sharing a database only one publishes it, and not over a change that landed after the read.
     */
    default List<StoredObject> goLive(StoredObject due, Instant now) {
        return List.of();
    }

    /**
     * How far either side of a new due time the account's other due times matter to {@link #admitDue}; zero (the
     * default) when they do not.
     */
    default Duration dueWindow() {
        return Duration.ZERO;
    }

    /**
     * Refuses, with an {@code ApiException}, a new due time that the others within {@link #dueWindow} of it leave no
     * room for.
     */
    default void admitDue(Instant at, List<Instant> others) {
    }

    /** An object of a documented example as the seed stores it: deleted ones come back, so their delete replays. */
    default ObjectNode seeded(ObjectNode documented) {
        if (documented.has("deleted")) {
            documented.put("deleted", false);
        }
        return documented;
    }
}
