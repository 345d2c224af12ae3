package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.CardsApi;
import com.xads.creatives.server.model.CreateCardRequest;
import com.xads.creatives.server.model.UnifiedCardType;
import com.xads.creatives.server.model.UpdateCardRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link CardsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class CardsResource implements CardsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createCard(String accountId, CreateCardRequest createCardRequest) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteCard(String accountId, String cardId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getCard(String accountId, String cardId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listCards(String accountId, List<UnifiedCardType> cardTypes, List<String> cardId, List<String> cardUris, Integer count, String cursor, Boolean includeLegacyCards, String q, String sortBy, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateCard(String accountId, String cardId, UpdateCardRequest updateCardRequest) {
        return dispatch.respond(request);
    }
}
