package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.CardsFetchApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link CardsFetchApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class CardsFetchResource implements CardsFetchApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response fetchCard(String accountId, String cardId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response fetchCards(String accountId, List<String> cardUris, Boolean withDeleted) {
        return dispatch.respond(request);
    }
}
