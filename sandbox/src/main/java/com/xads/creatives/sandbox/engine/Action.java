package com.xads.creatives.sandbox.engine;

/**
 * What an operation does to its resource: from its method and path shape, or {@code CUSTOM} where its
 * {@code x-action} names something else (carried out by the resource's own class).
 */
public enum Action {
    LIST, GET, CREATE, UPDATE, DELETE, CUSTOM
}
