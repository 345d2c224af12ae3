package com.xads.creatives.sandbox.faults;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Which requests get a fault, and how many: those of an operation, or of a method and a path pattern ({@code *} is
 * one path segment or part of it, {@code **} any number of segments); the next {@code count} of them (0: all of them
 * until cleared), each with a chance of {@code percent} (0: every one).
 */
public final class FaultRule {

    private final String id;
    private final String operationId;
    private final String method;
    private final String pathPattern;
    private final Pattern path;
    private final int percent;
    private final Fault fault;
    /** Requests still to get the fault; -1 for every matching request. */
    private int remaining;
    private int applied;

    FaultRule(String id, String operationId, String method, String pathPattern, int count, int percent, Fault fault) {
        this.id = id;
        this.operationId = operationId;
        this.method = method;
        this.pathPattern = pathPattern;
        this.path = pathPattern == null ? null : glob(pathPattern);
        this.remaining = count > 0 ? count : -1;
        this.percent = percent;
        this.fault = fault;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    boolean matches(String requestMethod, String requestPath, String requestOperation) {
        if (operationId != null && !operationId.equals(requestOperation)) {
            return false;
        }
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        return path == null || path.matcher(requestPath).matches();
    }

    /** Whether this matching request gets the fault; counts it when it does. Called under the rules' lock. */
    boolean take() {
        if (remaining == 0 || percent > 0 && ThreadLocalRandom.current().nextInt(100) >= percent) {
            return false;
        }
        if (remaining > 0) {
            remaining--;
        }
        applied++;
        return true;
    }

    /** Whether a rule for the next N requests has had them all. */
    boolean spent() {
        return remaining == 0;
    }

    public String id() {
        return id;
    }

    public String operationId() {
        return operationId;
    }

    public String method() {
        return method;
    }

    public String pathPattern() {
        return pathPattern;
    }

    public int remaining() {
        return remaining;
    }

    public int percent() {
        return percent;
    }

    public int applied() {
        return applied;
    }

    public Fault fault() {
        return fault;
    }
}
