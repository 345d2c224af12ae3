package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.PollCardsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link PollCardsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class PollCardsResource implements PollCardsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createPollCard(String accountId, Integer durationInMinutes, String firstChoice, String name, String secondChoice, String thirdChoice, String fourthChoice, String mediaKey) {
        return dispatch.respond(request);
    }

    @Override
    public Response deletePollCard(String accountId, String cardId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getPollCard(String accountId, String cardId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listPollCards(String accountId, List<String> cardIds, Integer count, String cursor, String q, String sortBy, Boolean withDeleted, Boolean withTotalCount) {
        return dispatch.respond(request);
    }
}
