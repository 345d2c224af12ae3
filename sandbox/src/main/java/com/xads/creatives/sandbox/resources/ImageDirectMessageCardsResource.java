package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.ImageDirectMessageCardsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link ImageDirectMessageCardsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class ImageDirectMessageCardsResource implements ImageDirectMessageCardsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createImageDirectMessageCard(String accountId, String firstCta, String firstCtaWelcomeMessageId, String name, String recipientUserId, String imageMediaId, String imageMediaKey, String secondCta, String secondCtaWelcomeMessageId, String thirdCta, String thirdCtaWelcomeMessageId, String fourthCta, String fourthCtaWelcomeMessageId) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteImageDirectMessageCard(String accountId, String cardId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getImageDirectMessageCard(String accountId, String cardId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listImageDirectMessageCards(String accountId, List<String> cardIds, Integer count, String cursor, String q, String sortBy, Boolean withDeleted, Boolean withTotalCount) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateImageDirectMessageCard(String accountId, String cardId, String firstCta, String firstCtaWelcomeMessageId, String name, String imageMediaId, String imageMediaKey, String secondCta, String secondCtaWelcomeMessageId, String thirdCta, String thirdCtaWelcomeMessageId, String fourthCta, String fourthCtaWelcomeMessageId) {
        return dispatch.respond(request);
    }
}
