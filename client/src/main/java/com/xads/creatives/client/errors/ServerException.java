package com.xads.creatives.client.errors;

import com.xads.creatives.client.model.ApiError;

import java.util.List;

/** The server failed or is over capacity (5xx). */
public class ServerException extends AdsApiException {

    public ServerException(int status, List<ApiError> errors, RateLimitInfo rateLimit, String rawBody) {
        super(status, errors, rateLimit, rawBody);
    }
}
