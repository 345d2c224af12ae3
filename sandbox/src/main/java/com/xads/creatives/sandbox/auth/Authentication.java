package com.xads.creatives.sandbox.auth;

import com.xads.creatives.oauth1.Param;
import com.xads.creatives.sandbox.engine.ApiException;

import java.net.URI;
import java.util.List;

/**
 * Who is calling: the user whose OAuth 1.0a signature {@link OAuth1Verifier} accepts, or, when the sandbox runs with
 * {@code --auth none}, the first built-in user. Anyone else gets the API's 401.
 */
public final class Authentication {

    private final OAuth1Verifier verifier;

    /** @param verifier null when signatures are not checked */
    public Authentication(OAuth1Verifier verifier) {
        this.verifier = verifier;
    }

    public SandboxUsers.User caller(String method, URI url, List<Param> query, String authorization, List<Param> form) {
        if (verifier == null) {
            return SandboxUsers.FIRST;
        }
        OAuth1Verifier.Result result = verifier.verify(method, url, query, authorization, form);
        return result.user().orElseThrow(() -> ApiException.of(401, "UNAUTHORIZED_ACCESS", null,
                "This request is not properly authenticated: " + result.reason()));
    }
}
