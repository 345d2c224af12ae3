package com.xads.creatives.sandbox.seed;

/** A seed file that cannot be used: which file, where in it (a JSON pointer) and why. */
public final class SeedException extends RuntimeException {

    public SeedException(String file, String pointer, String message) {
        super("seed file " + file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message);
    }
}
