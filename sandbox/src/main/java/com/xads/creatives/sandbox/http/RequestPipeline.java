package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.faults.Faults;
import java.time.Clock;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.sandbox.auth.AccountAccess;
import com.xads.creatives.sandbox.auth.Authentication;
import com.xads.creatives.sandbox.engine.SandboxRequest;

/**
 * One API request, stage by stage, each stage's result kept in its {@link ApiExchange}: the target parsed once and
 * its route found; the rate-limit draw (so every answer, refusals included, carries its headers); who is calling;
 * the operation the method names on the route (404 or 405 otherwise); the fault a test asked for, if any; access to the account; the contract check.
 * What comes out is the request the engine runs.
 */
public final class RequestPipeline {

    private final RateLimits rateLimits;
    private final Authentication authentication;
    private final ApiRoutes routes;
    private final AccountAccess accountAccess;
    private final ContractStage contract;
    private final FaultStage faults;

    public RequestPipeline(RateLimits rateLimits, Authentication authentication, ApiRoutes routes, AccountAccess accountAccess,
                    ContractDocument document, RequestCheck check, ParameterTolerance tolerance, Faults faults,
                           Clock clock) {
        this.rateLimits = rateLimits;
        this.authentication = authentication;
        this.routes = routes;
        this.accountAccess = accountAccess;
        this.contract = new ContractStage(document, check, tolerance);
        this.faults = new FaultStage(faults, clock);
    }

    SandboxRequest run(ApiExchange call) {
        RequestTarget target = call.target();
        ApiRoutes.Route route = routes.route(target.apiPath());
        rateLimits.draw(call, route);
        call.user(authentication.caller(call.method(), target.url(), target.query(), call.header("Authorization"),
                call.captured().form()));
        call.match(routes.match(route, call.method(), target.apiPath()));
        faults.apply(call);
        accountAccess.require(call.user(), call.match().pathValues().get("account_id"));
        return contract.check(call);
    }
}
