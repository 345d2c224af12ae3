package com.xads.creatives.sandbox.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** The sandbox's time: the real clock plus an offset that tests move forward (so Scheduled Tweets go live on demand). */
public final class SandboxClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public SandboxClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offset.updateAndGet(current -> current.plus(duration));
        listeners.forEach(Runnable::run);
    }

    public void reset() {
        offset.set(Duration.ZERO);
        listeners.forEach(Runnable::run);
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
