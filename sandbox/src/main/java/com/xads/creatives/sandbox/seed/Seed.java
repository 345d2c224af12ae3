package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.ResourceKind;

import java.util.List;

/**
 * The objects a store starts with, read once and kept for every reset.
 *
 * @param documented whether these are the contract's examples, which {@link Seeder} adjusts so they replay
 */
public record Seed(List<Entry> entries, boolean documented) {

    public record Entry(ResourceKind kind, String account, ObjectNode body) {
    }
}
