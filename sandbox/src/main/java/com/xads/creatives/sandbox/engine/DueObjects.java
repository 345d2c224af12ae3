package com.xads.creatives.sandbox.engine;

import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pending objects going live when their due time comes (the resources whose x-resource names a {@code due} member:
 * Scheduled Tweets). Runs before every request of the account, so it first looks at the account's earliest pending
 * time, kept in memory (and forgotten when the store is cleared), and reads the store only when that time has come.
 */
final class DueObjects {

    private final EntityContext ctx;
    private final Map<String, ResourceBehaviour> behaviours;
    private final List<ResourceKind> kinds;
    private final Map<String, NextDue> nextDue = new ConcurrentHashMap<>();

    private record NextDue(Instant at, long generation) {
    }

    DueObjects(EntityContext ctx, Map<String, ResourceBehaviour> behaviours) {
        this.ctx = ctx;
        this.behaviours = behaviours;
        this.kinds = ctx.resources().kinds().stream().filter(k -> k.dueMember() != null).toList();
    }

    void publish(String account) {
        if (kinds.isEmpty()) {
            return;
        }
        Instant now = ctx.clock().instant();
        NextDue next = nextDue.get(account);
        if (next == null || next.generation != ctx.store().generation()) {
            next = earliestPending(account);
            nextDue.put(account, next);
        }
        if (now.isBefore(next.at)) {
            return;
        }
        synchronized (this) {
            for (ResourceKind kind : kinds) {
                ResourceBehaviour behaviour = behaviours.get(kind.key());
                for (StoredObject due : ctx.store().due(kind.key(), account, Instant.MIN, now)) {
                    behaviour.goLive(account, due, now);
                }
            }
            nextDue.put(account, earliestPending(account));
        }
    }

    /** An object created or moved: the account's earliest pending time may be earlier now. */
    void scheduled(String account, Instant at) {
        nextDue.computeIfPresent(account, (k, next) -> at.isBefore(next.at) ? new NextDue(at, next.generation) : next);
    }

    private NextDue earliestPending(String account) {
        long generation = ctx.store().generation();
        Instant earliest = Instant.MAX;
        for (ResourceKind kind : kinds) {
            Instant at = ctx.store().earliestDue(kind.key(), account).orElse(Instant.MAX);
            if (at.isBefore(earliest)) {
                earliest = at;
            }
        }
        return new NextDue(earliest, generation);
    }
}
