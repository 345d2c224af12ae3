package com.xads.creatives.sandbox.junit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.faults.FaultRule;
import com.xads.creatives.sandbox.faults.Faults;

import java.time.Duration;
import java.util.List;

/**
 * Faults for the next matching requests, in Java, as {@code POST /_sandbox/faults} takes them:
 * <pre>{@code
 * sandbox.faults().next(2).operation("getPollCard").rateLimited(Duration.ofSeconds(1));
 * sandbox.faults().every().method("POST").path("/12/accounts/*&#47;tweet").percent(50).unavailable(Duration.ofSeconds(2));
 * }</pre>
 * Each call starts a new rule; the rule is added by its last call (the fault).
 */
public final class FaultControls {

    private final Faults faults;
    private final ObjectNode rule = JsonNodeFactory.instance.objectNode();

    FaultControls(Faults faults) {
        this.faults = faults;
    }

    /** The next {@code count} matching requests (the default is 1). */
    public FaultControls next(int count) {
        rule.put("count", count);
        return this;
    }

    /** Every matching request, until the faults are cleared or the sandbox reset. */
    public FaultControls every() {
        rule.put("count", 0);
        return this;
    }

    public FaultControls operation(String operationId) {
        rule.put("operation", operationId);
        return this;
    }

    public FaultControls method(String method) {
        rule.put("method", method);
        return this;
    }

    /** A pattern of the whole path: {@code *} is one segment or part of it, {@code **} any number of segments. */
    public FaultControls path(String pattern) {
        rule.put("path", pattern);
        return this;
    }

    /** Each matching request gets the fault with this chance. */
    public FaultControls percent(int percent) {
        rule.put("percent", percent);
        return this;
    }

    /** 429 with the rate-limit headers at zero remaining, resetting after {@code reset} on the sandbox clock. */
    public FaultRule rateLimited(Duration reset) {
        return add("rate_limited").put("reset_seconds", reset.toSeconds()).rule();
    }

    /** 503 with {@code retry-after}. */
    public FaultRule unavailable(Duration retryAfter) {
        return add("unavailable").put("retry_after", retryAfter.toSeconds()).rule();
    }

    /** 500 INTERNAL_ERROR. */
    public FaultRule serverError() {
        return add("server_error").rule();
    }

    /** The answer as usual, after a wait. */
    public FaultRule delay(Duration delay) {
        return add("delay").put("delay_ms", delay.toMillis()).rule();
    }

    /** The answer as usual, after a wait from {@code shortest} to {@code longest} at random. */
    public FaultRule delay(Duration shortest, Duration longest) {
        return add("delay").put("delay_ms", shortest.toMillis()).put("delay_max_ms", longest.toMillis()).rule();
    }

    /** The connection closed before any answer. */
    public FaultRule disconnect() {
        return add("disconnect").rule();
    }

    /** The rules still waiting for requests. */
    public List<FaultRule> list() {
        return faults.list();
    }

    public void clear() {
        faults.clear();
    }

    private Adding add(String fault) {
        if (!rule.has("count")) {
            rule.put("count", 1);
        }
        return new Adding(rule.put("fault", fault));
    }

    /** The rule being finished: its last settings, then added. */
    private final class Adding {
        private final ObjectNode body;

        Adding(ObjectNode body) {
            this.body = body;
        }

        Adding put(String name, long value) {
            body.put(name, value);
            return this;
        }

        FaultRule rule() {
            return faults.add(body);
        }
    }
}
