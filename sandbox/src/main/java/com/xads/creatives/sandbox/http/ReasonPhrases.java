package com.xads.creatives.sandbox.http;

/** Reason phrases Grizzly does not know (it writes "CUSTOM" for them): the statuses newer than HTTP/1.1's list. */
final class ReasonPhrases {

    private ReasonPhrases() {
    }

    /** The phrase to send for the status, or null when Grizzly's own is right. */
    static String missing(int status) {
        return status == 429 ? "Too Many Requests" : null;
    }
}
