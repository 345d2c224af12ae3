package com.xads.creatives.sandbox.engine;

import com.xads.creatives.contract.RequestProblem;

import java.util.List;

/** A refusal in the API's own terms: an HTTP status and the errors of the body. Mapped by {@link ApiExceptionMapper}. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final List<RequestProblem> errors;

    public ApiException(int status, List<RequestProblem> errors) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).toString());
        this.status = status;
        this.errors = List.copyOf(errors);
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
