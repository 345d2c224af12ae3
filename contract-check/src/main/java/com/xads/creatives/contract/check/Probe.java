package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One request the check sends and what the contract says must come back.
 *
 * @param path below the server's base path, such as {@code /accounts/18ce54d4x5t/cards/poll}
 * @param body a JSON body, or null
 */
public record Probe(String operationId, String name, String method, String path, Map<String, String> query, JsonNode body,
                    Expectation expectation) {

    /** What a conforming server answers. */
    public sealed interface Expectation {
    }

    /** 200, with a body valid against the operation's schema; {@code check} adds what the probe knows of the data. */
    public record Success(DataCheck check) implements Expectation {
    }

    /** 400 in the error format; an error names {@code parameter} (and carries {@code code}) when they are given. */
    public record Refusal(String parameter, String code) implements Expectation {
    }

    /** 404 in the error format: the object is gone. */
    public record Gone() implements Expectation {
    }

    /** A further check of a successful answer's {@code data}; returns a difference, or null. */
    @FunctionalInterface
    public interface DataCheck {
        String check(JsonNode data);

        DataCheck NONE = data -> null;
    }

    @Override
    public String toString() {
        return operationId + ": " + name;
    }
}
