package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** The request's OAuth signature was missing or wrong (401). */
public class UnauthorizedException extends AdsApiException {

    public UnauthorizedException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
