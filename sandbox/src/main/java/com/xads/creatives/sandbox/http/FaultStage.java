package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.faults.Fault;
import com.xads.creatives.sandbox.faults.Faults;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The faults a test asked for, applied once the operation is known: a delay, then the answer as usual; the API's own
 * 429, 503 or 500; or the connection closed with no answer ({@link Disconnect}, which the handler carries out).
 */
final class FaultStage {

    /** The request is to be answered by closing its connection. */
    static final class Disconnect extends RuntimeException {
        Disconnect() {
            super("closed by a disconnect fault", null, false, false);
        }
    }

    private final Faults faults;
    private final Clock clock;

    FaultStage(Faults faults, Clock clock) {
        this.faults = faults;
        this.clock = clock;
    }

    void apply(ApiExchange call) {
        Fault fault = faults.next(call.method(), RequestTarget.BASE + call.target().apiPath(), call.match().operationId())
                .orElse(null);
        if (fault == null) {
            return;
        }
        call.fault(fault);
        switch (fault.kind()) {
            case DELAY -> pause(fault.delayMillis() == fault.delayMaxMillis() ? fault.delayMillis()
                    : ThreadLocalRandom.current().nextLong(fault.delayMillis(), fault.delayMaxMillis() + 1));
            case RATE_LIMITED -> {
                RateLimits.Draw draw = call.draw();
                long reset = fault.seconds() > 0 ? clock.instant().getEpochSecond() + fault.seconds() : draw.resetEpochSecond();
                call.draw(new RateLimits.Draw(draw.limit(), 0, reset, draw.read(), true));
                throw ApiException.of(429, "TOO_MANY_REQUESTS", null, "Rate limit exceeded");
            }
            case UNAVAILABLE -> throw ApiException.of(503, "OVER_CAPACITY", null,
                    "The service is over capacity; retry after " + fault.seconds() + " seconds")
                    .withHeader("retry-after", String.valueOf(fault.seconds()));
            case SERVER_ERROR -> throw ApiException.of(500, "INTERNAL_ERROR", null, "Internal error");
            case DISCONNECT -> throw new Disconnect();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
