package com.xads.creatives.sandbox.engine;

import com.xads.creatives.contract.RequestProblem;

import java.util.List;
import java.util.Map;

/** A refusal in the API's own terms: an HTTP status and the errors of the body. Mapped by {@link ApiExceptionMapper}. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final List<RequestProblem> errors;
    private final Map<String, String> headers;

    public ApiException(int status, List<RequestProblem> errors) {
        this(status, errors, Map.of());
    }

    private ApiException(int status, List<RequestProblem> errors, Map<String, String> headers) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).toString());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** The same refusal with a header of its own (the Allow of a 405). */
    public ApiException withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiException(status, errors, more);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiException of(int status, String code, String parameter, String message) {
        return new ApiException(status, List.of(new RequestProblem(code, parameter, message)));
    }

    public static ApiException badRequest(String code, String parameter, String message) {
        return of(400, code, parameter, message);
    }

    public static ApiException notFound(String code, String parameter, String message) {
        return of(404, code, parameter, message);
    }

    public int status() {
        return status;
    }

    public List<RequestProblem> errors() {
        return errors;
    }
}
