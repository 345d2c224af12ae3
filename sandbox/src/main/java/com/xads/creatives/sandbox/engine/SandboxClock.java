package com.xads.creatives.sandbox.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's time: the real clock plus an offset that tests move forward (so Scheduled Tweets go live on demand).
 * With a shared database the offset lives there ({@link #share}): a move on one instance reaches the others within
 * a second.
 */
public final class SandboxClock extends Clock implements AutoCloseable {

    /** The offset kept where every instance of a shared database reads it, in milliseconds. */
    public interface SharedOffset {
        long add(long millis);

        long current();
    }

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile SharedOffset shared;
    private ScheduledExecutorService follower;

    public SandboxClock(Clock base) {
        this.base = base;
    }

    /** Keeps the offset in {@code store}, takes the one there now, and follows the others' moves every second. */
    public synchronized void share(SharedOffset store) {
        this.shared = store;
        offset.set(Duration.ofMillis(store.current()));
        follower = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sandbox-clock-follower");
            thread.setDaemon(true);
            return thread;
        });
        follower.scheduleWithFixedDelay(this::follow, 1, 1, TimeUnit.SECONDS);
    }

    private void follow() {
        try {
            Duration there = Duration.ofMillis(shared.current());
            if (!there.equals(offset.getAndSet(there))) {
                listeners.forEach(Runnable::run);
            }
        } catch (RuntimeException e) {
            // the store is closing under the follower (the sandbox stopping); the next tick or start reads it again
        }
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        SharedOffset store = shared;
        if (store != null) {
            offset.set(Duration.ofMillis(store.add(duration.toMillis())));
        } else {
            offset.updateAndGet(current -> current.plus(duration));
        }
        listeners.forEach(Runnable::run);
    }

    public void reset() {
        SharedOffset store = shared;
        if (store != null) {
            store.add(-store.current());
        }
        offset.set(Duration.ZERO);
        listeners.forEach(Runnable::run);
    }

    @Override
    public synchronized void close() {
        if (follower != null) {
            follower.shutdownNow();
        }
    }

    /** Runs {@code listener} after each move of the clock, before the move returns. */
    public void onMove(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
