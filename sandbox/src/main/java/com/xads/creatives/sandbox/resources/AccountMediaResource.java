package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.AccountMediaApi;
import com.xads.creatives.server.model.AccountMediaCreativeType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link AccountMediaApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class AccountMediaResource implements AccountMediaApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response deleteAccountMedia(String accountId, String accountMediaId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getAccountMedia(String accountId, String accountMediaId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listAccountMedia(String accountId, List<String> accountMediaIds, Integer count, List<AccountMediaCreativeType> creativeTypes, String cursor, String sortBy, Boolean withDeleted, Boolean withTotalCount) {
        return dispatch.respond(request);
    }
}
