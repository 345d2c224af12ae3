package com.xads.creatives.contract;

/**
 * One reason to refuse a request, in the terms of the API's error body: an error code, the input at fault
 * (a parameter name, or a dotted path into the JSON body), and a message.
 */
public record RequestProblem(String code, String parameter, String message) {

    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    public static final String MISSING_PARAMETER = "MISSING_PARAMETER";

    @Override
    public String toString() {
        return code + (parameter == null ? "" : " (" + parameter + ")") + ": " + message;
    }
}
