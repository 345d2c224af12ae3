package com.xads.creatives.sandbox;

/** A start that cannot go on for a reason the user can fix, told in one line (the command prints it without a trace). */
public final class StartFailure extends RuntimeException {

    public StartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
