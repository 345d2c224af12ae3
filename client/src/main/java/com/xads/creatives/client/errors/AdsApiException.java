package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/**
 * A non-2xx answer of the API; catch the subclass for the status you handle. Unchecked, so that the same typed
 * catch works around a raw {@code execute()}, a resource method, a stream of auto-paged items and (as the cause)
 * an async result: a checked exception cannot leave a stream's lambda, and was wrapped there before.
 */
public class AdsApiException extends RuntimeException {

    private final int status;
    private final List<ApiError> errors;
    private final RateLimitInfo rateLimit;
    private final String rawBody;

    public AdsApiException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(describe(status, errors, rawBody));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.rateLimit = rateLimit;
        this.rawBody = rawBody;
    }

    public int status() {
        return status;
    }

    /** The API's errors; empty when the body was not in the API's error format (a proxy's HTML page, say). */
    public List<ApiError> errors() {
        return errors;
    }

    public RateLimitInfo rateLimit() {
        return rateLimit;
    }

    /** The body as received, cut to a few kilobytes. */
    public String rawBody() {
        return rawBody;
    }

    /** Whether one of the errors carries this code, such as {@code INVALID_PARAMETER}. */
    public boolean hasCode(String code) {
        return errors.stream().anyMatch(e -> code.equals(e.getCode()));
    }

    private static String describe(int status, List<ApiError> errors, String rawBody) {
        if (errors.isEmpty()) {
            String snippet = rawBody == null ? "" : rawBody.strip();
            return "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet.substring(0, Math.min(200, snippet.length())));
        }
        StringBuilder text = new StringBuilder("HTTP ").append(status);
        for (ApiError error : errors) {
            text.append("; ").append(error.getCode()).append(": ").append(error.getMessage());
            if (error.getParameter() != null) {
                text.append(" (").append(error.getParameter()).append(')');
            }
        }
        return text.toString();
    }
}
