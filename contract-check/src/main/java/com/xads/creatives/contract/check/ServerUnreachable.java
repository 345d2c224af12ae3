package com.xads.creatives.contract.check;

/** The check cannot start: nothing answers at the base URL, or what answers is not the API. One line says which. */
public final class ServerUnreachable extends RuntimeException {

    public ServerUnreachable(String message) {
        super(message);
    }
}
