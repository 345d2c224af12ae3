package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.VideoConversationCardsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link VideoConversationCardsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class VideoConversationCardsResource implements VideoConversationCardsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createVideoConversationCard(String accountId, String firstCta, String firstCtaTweet, String name, String thankYouText, String mediaKey, String title, String secondCta, String secondCtaTweet, String thirdCta, String thirdCtaTweet, String fourthCta, String fourthCtaTweet, String thankYouUrl, String unlockedImageMediaKey, String posterMediaKey, String unlockedVideoMediaKey, String videoId, String coverImageId, String coverVideoId, String imageMediaId) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteVideoConversationCard(String accountId, String cardId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getVideoConversationCard(String accountId, String cardId, Boolean withDeleted) {
        return dispatch.respond(request);
    }

    @Override
    public Response listVideoConversationCards(String accountId, List<String> cardIds, Integer count, String cursor, String q, String sortBy, Boolean withDeleted, Boolean withTotalCount) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateVideoConversationCard(String accountId, String cardId, String firstCta, String firstCtaTweet, String mediaKey, String name, String thankYouText, String title, String secondCta, String secondCtaTweet, String thirdCta, String thirdCtaTweet, String fourthCta, String fourthCtaTweet, String thankYouUrl, String unlockedImageMediaKey, String posterMediaKey, String unlockedVideoMediaKey, String videoId, String coverImageId, String coverVideoId, String imageMediaId) {
        return dispatch.respond(request);
    }
}
