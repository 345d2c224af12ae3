package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.Envelopes;
import com.xads.creatives.sandbox.engine.OperationDescriptor;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Times;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/**
 * Published Tweets: posted in the classic Tweet shape, renamed, listed together with drafts and Scheduled Tweets
 * (by tweet_type), and previewed.
 */
public final class TweetResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public TweetResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        Instant now = ctx.clock().instant();
        String id = ctx.ids().decimal();
        String text = r.text("text") == null ? "" : r.text("text");
        ObjectNode tweet = NODES.objectNode().put("created_at", Times.classic(now)).put("id", Long.parseLong(id))
                .put("id_str", id).put("text", text).putNull("name").put("truncated", false);
        if (r.raw().containsKey("name")) {
            tweet.put("name", r.text("name"));
        }
        ObjectNode entities = Tweets.entities(tweet);
        ArrayNode keys = EntityContext.list(r, "media_keys");
        if (keys != null && !keys.isEmpty()) {
            ArrayNode media = entities.putArray("media");
            for (JsonNode key : keys) {
                ObjectNode item = ctx.media().require(r.account(), key.asText(), "media_keys", Tweets.MEDIA_TYPES, List.of());
                String mediaId = key.asText().substring(key.asText().indexOf('_') + 1);
                String type = switch (item.path("media_type").asText()) {
                    case "GIF" -> "animated_gif";
                    case "VIDEO" -> "video";
                    default -> "photo";
                };
                media.addObject().put("id", Long.parseLong(mediaId)).put("id_str", mediaId).put("media_key", key.asText())
                        .put("media_url_https", item.path("media_url").asText()).put("type", type);
            }
        }
        tweet.put("source", Tweets.SOURCE)
                .putNull("in_reply_to_status_id").putNull("in_reply_to_status_id_str").putNull("in_reply_to_user_id")
                .putNull("in_reply_to_user_id_str").putNull("in_reply_to_screen_name");
        Tweets.user(tweet, r.text("as_user_id"));
        tweet.putNull("geo").putNull("coordinates").putNull("place").putNull("contributors")
                .put("retweet_count", 0).put("favorite_count", 0).put("favorited", false).put("retweeted", false);
        tweet.putObject("scopes").put("followers", false);
        tweet.put("lang", "en");
        return tweet;
    }

    @Override
    public ObjectNode stored(SandboxRequest r, ObjectNode created) {
        return Tweets.stored(created, r.params().path("nullcast").asBoolean(true), r.text("card_uri"),
                r.text("conversation_settings"));
    }

    /** updateTweetName: a name sent empty, or not sent, removes it. */
    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode tweet) {
        if (r.raw().containsKey("name") && !r.raw().get("name").isEmpty()) {
            tweet.put("name", r.text("name"));
        } else {
            tweet.putNull("name");
        }
        return tweet;
    }

    @Override
    public ResourceKind listedKind(SandboxRequest r, ResourceKind own) {
        return Tweets.ofType(ctx.resources(), r.text("tweet_type"));
    }

    @Override
    public ObjectNode listedAs(ObjectNode stored, ResourceKind listed) {
        return Tweets.asTweet(stored, listed.key().equals("draft_tweet"));
    }

    /** preview (listTweetPreviews): a preview frame for each id of the tweet_type that the account has. */
    @Override
    public ObjectNode perform(String action, SandboxRequest r, OperationDescriptor op) {
        if (!action.equals("preview")) {
            throw new UnsupportedOperationException(action + " of " + r.operationId());
        }
        ResourceKind kind = Tweets.ofType(ctx.resources(), r.text("tweet_type"));
        String token = kind.key().toUpperCase(Locale.ROOT);
        ObjectNode body = NODES.objectNode();
        body.set("request", Envelopes.echo(r));
        ArrayNode data = body.putArray("data");
        for (String id : EntityContext.texts(r, "tweet_ids")) {
            if (ctx.store().get(kind.key(), r.account(), id).isPresent()) {
                String encoded = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString((token + ":" + id).getBytes(StandardCharsets.UTF_8));
                data.addObject().put("tweet_id", id).put("preview",
                        "<iframe class='tweet-preview' src='https://ton.twimg.com/ads-manager/tweet-preview/index.html?data=" + encoded + "'>");
            }
        }
        return body;
    }

    /** A Tweet of an example in the classic shape is stored with the members GET tweets returns. */
    @Override
    public ObjectNode seeded(ObjectNode documented) {
        ResourceBehaviour.super.seeded(documented);
        if (documented.has("text") && !documented.has("tweet_type")) {
            ObjectNode stored = documented.deepCopy();
            stored.put("tweet_id", documented.path("id_str").asText()).put("full_text", documented.path("text").asText())
                    .put("nullcast", true).put("tweet_type", "PUBLISHED");
            stored.remove("text");
            return stored;
        }
        return documented;
    }
}
