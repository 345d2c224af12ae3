package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** The request was refused as malformed or against a rule (400). */
public class BadRequestException extends AdsApiException {

    public BadRequestException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
