package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.ResourceTable;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Times;

import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** What Draft, Scheduled and published Tweets share: their members, the Tweet shape, and tweet_type's resources. */
final class Tweets {

    static final List<String> MEDIA_TYPES = List.of("IMAGE", "GIF", "VIDEO");
    static final String SOURCE = "<a href=\"https://ads-api.x.com\" rel=\"nofollow\">Ads API Sandbox</a>";

    private Tweets() {
    }

    /** The resource a tweet_type names: DRAFT and SCHEDULED their own, PUBLISHED (or none) the Tweets. */
    static ResourceKind ofType(ResourceTable resources, String tweetType) {
        return resources.kind(switch (tweetType == null ? "PUBLISHED" : tweetType) {
            case "DRAFT" -> "draft_tweet";
            case "SCHEDULED" -> "scheduled_tweet";
            default -> "tweet";
        });
    }

    /** text, card_uri, media_keys, nullcast, name: copied when sent; card_uri or media_keys sent empty are unset. */
    static void applyMembers(EntityContext ctx, SandboxRequest r, ObjectNode tweet) {
        copy(r, tweet, List.of("text", "name", "nullcast"));
        if (r.raw().containsKey("card_uri")) {
            String uri = r.raw().get("card_uri");
            if (uri.isEmpty()) {
                tweet.putNull("card_uri");
            } else {
                tweet.put("card_uri", uri);
            }
        }
        ArrayNode keys = EntityContext.list(r, "media_keys");
        if (keys != null) {
            for (int i = 0; i < keys.size(); i++) {
                ctx.media().require(r.account(), keys.get(i).asText(), "media_keys", MEDIA_TYPES, List.of());
            }
            tweet.set("media_keys", keys);
        }
    }

    /** Empty hashtags, symbols, user mentions and URLs. */
    static ObjectNode entities(ObjectNode tweet) {
        ObjectNode entities = tweet.putObject("entities");
        entities.putArray("hashtags");
        entities.putArray("symbols");
        entities.putArray("user_mentions");
        entities.putArray("urls");
        return entities;
    }

    static void user(ObjectNode tweet, String userId) {
        tweet.putObject("user").put("id", Long.parseLong(userId)).put("id_str", userId);
    }

    /** The stored form of a published Tweet adds the members GET tweets returns. */
    static ObjectNode stored(ObjectNode tweet, boolean nullcast, String cardUri, String conversationSettings) {
        ObjectNode stored = tweet.deepCopy();
        stored.put("tweet_id", tweet.path("id_str").asText()).put("full_text", tweet.path("text").asText())
                .put("nullcast", nullcast).put("tweet_type", "PUBLISHED").putNull("scheduled_status").putNull("scheduled_at")
                .put("conversation_settings", conversationSettings == null ? "EVERYONE" : conversationSettings);
        stored.remove("text");
        if (cardUri != null) {
            stored.put("card_uri", cardUri);
        }
        return stored;
    }

    /** A draft or scheduled Tweet in the shape GET tweets returns. */
    static ObjectNode asTweet(ObjectNode stored, boolean draft) {
        String id = stored.path("id").asText();
        ObjectNode tweet = NODES.objectNode().put("id", Long.parseLong(id)).put("id_str", id).put("tweet_id", id)
                .put("created_at", Times.classic(Times.parse(stored.path("created_at").asText())))
                .put("full_text", stored.path("text").asText("")).set("name", stored.get("name"));
        entities(tweet);
        user(tweet, stored.path("user_id").asText());
        tweet.put("nullcast", stored.path("nullcast").asBoolean(true)).put("tweet_type", draft ? "DRAFT" : "SCHEDULED");
        if (stored.hasNonNull("card_uri")) {
            tweet.put("card_uri", stored.get("card_uri").asText());
        }
        if (!draft) {
            tweet.put("scheduled_status", stored.path("scheduled_status").asText())
                    .put("scheduled_at", stored.path("scheduled_at").asText());
        }
        return tweet;
    }
}
