package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.DraftTweetsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link DraftTweetsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class DraftTweetsResource implements DraftTweetsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createDraftTweet(String accountId, String asUserId, String text, String cardUri, List<String> mediaKeys, Boolean nullcast, String name) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteDraftTweet(String accountId, String draftTweetId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getDraftTweet(String accountId, String draftTweetId) {
        return dispatch.respond(request);
    }

    @Override
    public Response listDraftTweets(String accountId, Integer count, String cursor, String userId) {
        return dispatch.respond(request);
    }

    @Override
    public Response previewDraftTweet(String accountId, String draftTweetId) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateDraftTweet(String accountId, String draftTweetId, String cardUri, List<String> mediaKeys, Boolean nullcast, String text, String name) {
        return dispatch.respond(request);
    }
}
