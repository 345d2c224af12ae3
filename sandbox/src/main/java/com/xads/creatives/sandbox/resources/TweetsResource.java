package com.xads.creatives.sandbox.resources;

import com.xads.creatives.sandbox.http.SandboxDispatch;
import com.xads.creatives.server.api.TweetsApi;
import com.xads.creatives.server.model.TweetType;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The sandbox's implementation of {@link TweetsApi}. JAX-RS routes and binds by the generated interface; the
 * request was already checked against the contract, so each method hands it to the engine as it is.
 */
public final class TweetsResource implements TweetsApi {

    @Inject
    private SandboxDispatch dispatch;

    @Context
    private ContainerRequestContext request;

    @Override
    public Response createTweet(String accountId, String asUserId, String text, String cardUri, String conversationSettings, List<String> mediaKeys, String name, Boolean nullcast, Boolean trimUser, String tweetMode, String videoCta, String videoCtaValue, String videoDescription, String videoTitle) {
        return dispatch.respond(request);
    }

    @Override
    public Response listTweets(String accountId, TweetType tweetType, Integer count, String cursor, Boolean includeMentionsAndReplies, String name, String timelineType, Boolean trimUser, List<String> tweetIds, String userId) {
        return dispatch.respond(request);
    }

    @Override
    public Response updateTweetName(String accountId, String tweetId, String name) {
        return dispatch.respond(request);
    }
}
