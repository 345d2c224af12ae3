package com.xads.creatives.sandbox.http;

import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.sandbox.auth.AccountAccess;
import com.xads.creatives.sandbox.auth.Authentication;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * One API request, stage by stage, each stage's result kept in the request's {@link ApiCall}: the target parsed
 * once; who is calling; the operation the method and path name (404 or 405 otherwise); access to the account; the
 * contract check. {@link ApiEndpoint} then hands the checked request to the engine. Rate limits are drawn just
 * before ({@link RateLimits}), so every answer, refusals included, carries their headers.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class RequestPipeline implements ContainerRequestFilter {

    private final Authentication authentication;
    private final ApiRoutes routes;
    private final AccountAccess accountAccess;
    private final ContractStage contract;

    public RequestPipeline(Authentication authentication, ApiRoutes routes, AccountAccess accountAccess,
                           ContractDocument document, RequestCheck check, ParameterTolerance tolerance) {
        this.authentication = authentication;
        this.routes = routes;
        this.accountAccess = accountAccess;
        this.contract = new ContractStage(document, check, tolerance);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        ApiCall call = ApiCall.of(request);
        RequestTarget target = RequestTarget.of(request);
        call.user(authentication.caller(request.getMethod(), target.url(), target.query(),
                request.getHeaderString("Authorization"), CapturedRequest.of(request).form()));
        call.match(routes.match(request.getMethod(), target.apiPath()));
        accountAccess.require(call.user(), call.match().pathValues().get("account_id"));
        call.checked(contract.check(request, call));
    }
}
