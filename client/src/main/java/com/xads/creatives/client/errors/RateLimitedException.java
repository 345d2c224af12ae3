package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** The rate limit is used up (429); {@link #rateLimit()} tells when it resets. */
public class RateLimitedException extends AdsApiException {

    public RateLimitedException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
