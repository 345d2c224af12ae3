package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

import java.util.List;

/**
 * What the pipeline has learnt of one API request, stage by stage, in typed fields: the target as parsed, the body
 * as read, the rate-limit draw, the caller, the operation matched, the parameters left out, and the checked request
 * the engine runs. Kept as the request's one property, so no stage reads another's by a string key and a cast.
 */
public final class ApiCall {

    private static final String PROPERTY = ApiCall.class.getName();

    private RequestTarget target;
    private CapturedRequest captured;
    private RateLimits.Draw draw;
    private SandboxUsers.User user;
    private ApiRoutes.Match match;
    private List<String> ignored = List.of();
    private SandboxRequest checked;

    private ApiCall() {
    }

    public static ApiCall of(ContainerRequestContext request) {
        if (request.getProperty(PROPERTY) instanceof ApiCall call) {
            return call;
        }
        ApiCall call = new ApiCall();
        request.setProperty(PROPERTY, call);
        return call;
    }

    RequestTarget target() {
        return target;
    }

    void target(RequestTarget target) {
        this.target = target;
    }

    CapturedRequest captured() {
        return captured;
    }

    void captured(CapturedRequest captured) {
        this.captured = captured;
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

    List<String> ignored() {
        return ignored;
    }

    void ignored(List<String> ignored) {
        this.ignored = List.copyOf(ignored);
    }

    /** The request as the engine takes it; null until the contract check passed. */
    public SandboxRequest checked() {
        return checked;
    }

    void checked(SandboxRequest checked) {
        this.checked = checked;
    }
}
