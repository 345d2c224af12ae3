package com.xads.creatives.sandbox.engine;

import com.xads.creatives.sandbox.store.StoredObject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Pending objects going live when their due time comes (the resources whose x-resource names a {@code due} member:
 * Scheduled Tweets), off the request path: a timer wakes at the earliest due time of any account. When the sandbox
 * clock moves ({@link #publishDue()} is called by its listener) or an object due already is written, publishing
 * happens at once, before that call returns, so a read right after sees it live.
 */
public final class DuePublisher implements AutoCloseable {

    private final EntityContext ctx;
    private final Map<String, ResourceBehaviour> behaviours;
    private final List<ResourceKind> kinds;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-due-publisher");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> wake;
    private Instant wakeAt;

    DuePublisher(EntityContext ctx, Map<String, ResourceBehaviour> behaviours) {
        this.ctx = ctx;
        this.behaviours = behaviours;
        this.kinds = ctx.resources().kinds().stream().filter(k -> k.dueMember() != null).toList();
    }

    /** Publishes everything due by now, then sets the timer for the next due time. */
    public synchronized void publishDue() {
        Instant now = ctx.clock().instant();
        Instant next = null;
        boolean retryPublishing = false;
        for (ResourceKind kind : kinds) {
            ResourceBehaviour behaviour = behaviours.get(kind.key());
            for (StoredObject due : ctx.store().dueBy(kind.key(), now)) {
                // sandboxes sharing a database all see it due; the one whose conditional write lands publishes it.
                // A failed write lost to another instance or to a change: a change leaves it due, the next look finds it
                if (!ctx.store().write(behaviour.goLive(due, now), null)) {
                    retryPublishing = true;
                }
            }
            Instant at = retryPublishing ? now : ctx.store().earliestDue(kind.key()).orElse(null);
            if (at != null && (next == null || at.isBefore(next))) {
                next = at;
            }
        }
        wakeAt(next);
    }

    /**
     * Also looks for due objects every {@code period}: with a shared database another instance may have written
     * them, and this one's timer would not know (the claim in the store keeps each published once).
     */
    public void pollEvery(Duration period) {
        timer.scheduleAtFixedRate(this::publishDueQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An object written with a due time: published now when due already, else the timer wakes for it if earlier. */
    synchronized void scheduled(Instant at) {
        if (!at.isAfter(ctx.clock().instant())) {
            publishDue();
        } else if (wakeAt == null || at.isBefore(wakeAt)) {
            wakeAt(at);
        }
    }

    private void wakeAt(Instant at) {
        if (wake != null) {
            wake.cancel(false);
        }
        wakeAt = at;
        if (at == null || timer.isShutdown()) {
            wake = null;
            return;
        }
        // the sandbox clock runs at the real clock's pace (plus its offset), so the wait is the same in real time
        long delay = Math.max(0, Duration.between(ctx.clock().instant(), at).toMillis());
        wake = timer.schedule(this::publishDueQuietly, delay, TimeUnit.MILLISECONDS);
    }

    private void publishDueQuietly() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            // the store was closed under the timer (the sandbox stopping); the next start publishes what is due
            System.err.println("publishing due objects failed: " + e);
        }
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
    }
}
