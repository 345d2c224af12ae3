package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.auth.OAuth1Verifier;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Establishes who is calling: an OAuth 1.0a signature checked by {@link OAuth1Verifier}, or, when the sandbox runs
 * with {@code --auth none}, the first built-in user. Registered on the API application only.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    public static final String USER = "sandbox.user";
    private final OAuth1Verifier verifier;

    /** @param verifier null when signatures are not checked */
    public AuthFilter(OAuth1Verifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (verifier == null) {
            request.setProperty(USER, SandboxUsers.FIRST);
            return;
        }
        RequestTarget target = RequestTarget.of(request);
        OAuth1Verifier.Result result = verifier.verify(request.getMethod(), target.url(), target.query(),
                request.getHeaderString("Authorization"), CapturedRequest.of(request).form());
        if (result.user().isEmpty()) {
            throw ApiException.of(401, "UNAUTHORIZED_ACCESS", null, "This request is not properly authenticated: " + result.reason());
        }
        request.setProperty(USER, result.user().get());
    }
}
