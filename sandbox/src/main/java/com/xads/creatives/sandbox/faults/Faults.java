package com.xads.creatives.sandbox.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.ApiException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults asked for through {@code /_sandbox/faults} (or the JUnit extension), in the order they were added: a
 * request takes the fault of the first rule that matches it and has requests left. Cleared by a reset.
 */
public final class Faults {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");
    private final List<FaultRule> rules = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private final Set<String> operations;

    /** @param operations the contract's operationIds, so a misspelt one is refused rather than never matched */
    public Faults(Set<String> operations) {
        this.operations = Set.copyOf(operations);
    }

    /** The fault the request gets, if any; a rule whose requests are used up is dropped. */
    public synchronized Optional<Fault> next(String method, String path, String operationId) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext(); ) {
            FaultRule rule = it.next();
            if (rule.matches(method, path, operationId) && rule.take()) {
                if (rule.spent()) {
                    it.remove();
                }
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }

    private synchronized FaultRule add(String operationId, String method, String pathPattern, int count, int percent,
                                       Fault fault) {
        FaultRule rule = new FaultRule("f" + ids.incrementAndGet(), operationId, method, pathPattern, count, percent, fault);
        rules.add(rule);
        return rule;
    }

    public synchronized List<FaultRule> list() {
        return List.copyOf(rules);
    }

    public synchronized void clear() {
        rules.clear();
    }

    /**
     * Adds the rule a control body describes: {"operation": "createTweet"} or {"method": "POST", "path":
     * "/12/accounts/{@literal *}/tweet"}, optional "count" (the next N, default 1; 0 for every one until cleared) and
     * "percent", and the
     * fault: "rate_limited" (optional "reset_seconds"), "unavailable" ("retry_after", default 1), "server_error",
     * "delay" ("delay_ms", or "delay_ms" to "delay_max_ms" at random) or "disconnect".
     */
    public FaultRule add(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("INVALID_PARAMETER", "fault", "send a JSON object naming a fault");
        }
        String operation = text(body, "operation");
        String method = text(body, "method");
        String path = text(body, "path");
        if (operation == null && method == null && path == null) {
            throw ApiException.badRequest("INVALID_PARAMETER", "operation",
                    "name an operation, or a method and a path pattern, for the fault to match");
        }
        if (operation != null && !operations.contains(operation)) {
            throw ApiException.badRequest("INVALID_PARAMETER", "operation", operation + " is no operationId of the contract");
        }
        if (method != null && !METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            throw ApiException.badRequest("INVALID_PARAMETER", "method", "method must be one of " + METHODS);
        }
        if (path != null && !path.startsWith("/")) {
            throw ApiException.badRequest("INVALID_PARAMETER", "path", "path is a pattern of the whole path, such as /12/accounts/*/cards/poll");
        }
        int count = body.has("count") ? number(body, "count", 0, 1_000_000) : 1;
        int percent = number(body, "percent", 0, 100);
        String kindName = text(body, "fault");
        Fault.Kind kind = Arrays.stream(Fault.Kind.values()).filter(k -> k.wire.equals(kindName)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("INVALID_PARAMETER", "fault", "fault must be one of "
                        + Arrays.stream(Fault.Kind.values()).map(k -> k.wire).toList()));
        long delay = number(body, "delay_ms", 0, 60_000);
        long delayMax = Math.max(delay, number(body, "delay_max_ms", 0, 60_000));
        if (kind == Fault.Kind.DELAY && delayMax == 0) {
            throw ApiException.badRequest("INVALID_PARAMETER", "delay_ms", "a delay needs delay_ms (up to 60000)");
        }
        long seconds = switch (kind) {
            case RATE_LIMITED -> number(body, "reset_seconds", 0, 86_400);
            case UNAVAILABLE -> body.has("retry_after") ? number(body, "retry_after", 0, 86_400) : 1;
            default -> 0;
        };
        return add(operation, method == null ? null : method.toUpperCase(Locale.ROOT), path, count, percent,
                new Fault(kind, delay, delayMax, seconds));
    }

    public ArrayNode describe() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (FaultRule rule : list()) {
            ObjectNode item = list.addObject().put("id", rule.id()).put("operation", rule.operationId())
                    .put("method", rule.method()).put("path", rule.pathPattern());
            if (rule.remaining() < 0) {
                item.putNull("remaining");
            } else {
                item.put("remaining", rule.remaining());
            }
            item.put("percent", rule.percent()).put("applied", rule.applied()).put("fault", rule.fault().kind().wire);
        }
        return list;
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("INVALID_PARAMETER", name, name + " must be a non-empty string");
        }
        return value.asText();
    }

    private static int number(JsonNode body, String name, int min, int max) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return min;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw ApiException.badRequest("INVALID_PARAMETER", name, name + " must be a whole number from " + min + " to " + max);
        }
        return value.asInt();
    }
}
