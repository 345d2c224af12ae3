package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.faults.Fault;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.glassfish.grizzly.http.server.Request;

import java.util.List;

/**
 * One API request and what the pipeline has learnt of it, stage by stage, in typed fields: the target as parsed,
 * the body as read, the rate-limit draw, the caller, the operation matched, the parameters left out, and the checked
 * request the engine runs.
 */
public final class ApiExchange {

    private final Request request;
    private RequestTarget target;
    private CapturedRequest captured;
    private RateLimits.Draw draw;
    private SandboxUsers.User user;
    private ApiRoutes.Match match;
    private List<String> ignored = List.of();
    private Fault fault;

    ApiExchange(Request request) {
        this.request = request;
    }

    Request request() {
        return request;
    }

    String method() {
        return request.getMethod().getMethodString();
    }

    String header(String name) {
        return request.getHeader(name);
    }

    RequestTarget target() {
        if (target == null) {
            target = RequestTarget.of(request);
        }
        return target;
    }

    CapturedRequest captured() {
        if (captured == null) {
            captured = CapturedRequest.of(request);
        }
        return captured;
    }

    RateLimits.Draw draw() {
        return draw;
    }

    void draw(RateLimits.Draw draw) {
        this.draw = draw;
    }

    public SandboxUsers.User user() {
        return user;
    }

    void user(SandboxUsers.User user) {
        this.user = user;
    }

    public ApiRoutes.Match match() {
        return match;
    }

    void match(ApiRoutes.Match match) {
        this.match = match;
    }

    /** The fault a test asked for that this request got, or null. */
    public Fault fault() {
        return fault;
    }

    void fault(Fault fault) {
        this.fault = fault;
    }

    List<String> ignored() {
        return ignored;
    }

    void ignored(List<String> ignored) {
        this.ignored = List.copyOf(ignored);
    }

    /** Answers are JSON: an Accept header must admit it (no header admits anything). */
    boolean acceptsJson() {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json") || type.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The media type of the body without parameters, lower-cased; null when none is given. */
    String contentType() {
        String type = request.getContentType();
        return type == null || type.isBlank() ? null : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }
}
