package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** The user may not act on this account, or the app lacks a permission (403). */
public class ForbiddenException extends AdsApiException {

    public ForbiddenException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
