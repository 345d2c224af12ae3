package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.ScheduledTweetsApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link ScheduledTweetsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class ScheduledTweetsResource implements ScheduledTweetsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createScheduledTweet(String accountId, String scheduledAt, String asUserId, String text, String cardUri, List<String> mediaKeys, Boolean nullcast, String name) {
        return dispatch.respond(request);
    }

    @Override
    public Response deleteScheduledTweet(String accountId, String scheduledTweetId) {
        return dispatch.respond(request);
    }

    @Override
    public Response getScheduledTweet(String accountId, String scheduledTweetId) {
        return dispatch.respond(request);
    }

    @Override
    public Response listScheduledTweets(String accountId, Integer count, String cursor, String userId) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateScheduledTweet(String accountId, String scheduledTweetId, String cardUri, List<String> mediaKeys, Boolean nullcast, String scheduledAt, String text, String name) {
        return dispatch.respond(request);
    }
}
