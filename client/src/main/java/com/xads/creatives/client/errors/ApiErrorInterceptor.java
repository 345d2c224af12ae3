package com.xads.creatives.client.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.client.model.ApiError;
import com.xads.creatives.client.model.ErrorResponse;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.util.List;

/** Turns every non-2xx response into a typed {@link AdsApiException}, whatever its body looks like. */
public final class ApiErrorInterceptor implements Interceptor {

    private static final long MAX_BODY = 64 * 1024;
    private final ObjectMapper mapper;

    public ApiErrorInterceptor(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isSuccessful()) {
            return response;
        }
        String body;
        try (ResponseBody raw = response.body()) {
            body = raw == null ? "" : response.peekBody(MAX_BODY).string();
        }
        throw exceptionFor(response.code(), parseErrors(body), RateLimitInfo.from(response.headers()), body);
    }

    private List<ApiError> parseErrors(String body) {
        try {
            ErrorResponse parsed = mapper.readValue(body, ErrorResponse.class);
            return parsed.getErrors() == null ? List.of() : parsed.getErrors();
        } catch (IOException | RuntimeException notTheApiFormat) {
            return List.of();
        }
    }

    static AdsApiException exceptionFor(int status, List<ApiError> errors, RateLimitInfo rateLimit, String body) {
        return switch (status) {
            case 400 -> new BadRequestException(status, errors, rateLimit, body);
            case 401 -> new UnauthorizedException(status, errors, rateLimit, body);
            case 403 -> new ForbiddenException(status, errors, rateLimit, body);
            case 404 -> new NotFoundException(status, errors, rateLimit, body);
            case 429 -> new RateLimitedException(status, errors, rateLimit, body);
            default -> status >= 500 ? new ServerException(status, errors, rateLimit, body)
                    : new AdsApiException(status, errors, rateLimit, body);
        };
    }
}
