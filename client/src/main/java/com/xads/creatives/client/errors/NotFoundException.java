package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** No such object or route (404). */
public class NotFoundException extends AdsApiException {

    public NotFoundException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
