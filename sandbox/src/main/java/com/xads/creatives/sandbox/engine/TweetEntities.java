package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.http.ApiException;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Builds and changes Draft Tweets, Scheduled Tweets and published Tweets, and publishes Scheduled Tweets when due. */
final class TweetEntities {

    static final int SCHEDULED_PER_WINDOW = 30;
    private final Map<String, NextDue> nextDue = new ConcurrentHashMap<>();
    static final Duration SCHEDULING_WINDOW = Duration.ofMinutes(15);
    private static final List<String> MEDIA_TYPES = List.of("IMAGE", "GIF", "VIDEO");

    private final EntityContext ctx;

    TweetEntities(EntityContext ctx) {
        this.ctx = ctx;
    }

    ObjectNode createDraft(SandboxRequest r) {
        String now = ctx.now();
        ObjectNode draft = NODES.objectNode().put("id", ctx.ids().decimal()).putNull("name").putNull("text")
                .put("user_id", r.text("as_user_id")).put("nullcast", true).putNull("card_uri");
        draft.set("media_keys", NODES.arrayNode());
        applyTweetMembers(r, draft);
        return draft.put("created_at", now).put("updated_at", now);
    }

    ObjectNode updateDraft(SandboxRequest r, ObjectNode draft) {
        applyTweetMembers(r, draft);
        return draft.put("updated_at", ctx.now());
    }

    ObjectNode createScheduled(SandboxRequest r) {
        Instant at = scheduledAt(r);
        checkWindow(r.account(), at, null);
        scheduled(r.account(), at);
        String now = ctx.now();
        ObjectNode tweet = NODES.objectNode().put("id", ctx.ids().decimal()).putNull("name").putNull("completed_at")
                .put("text", "").put("user_id", r.text("as_user_id")).put("scheduled_status", "SCHEDULED")
                .put("nullcast", true).put("scheduled_at", Times.iso(at)).putNull("card_uri").putNull("tweet_id");
        tweet.set("media_keys", NODES.arrayNode());
        applyTweetMembers(r, tweet);
        return tweet.put("created_at", now).put("updated_at", now);
    }

    ObjectNode updateScheduled(SandboxRequest r, ObjectNode tweet) {
        if (!"SCHEDULED".equals(tweet.path("scheduled_status").asText())) {
            throw ApiException.badRequest("INVALID_PARAMETER", "scheduled_tweet_id",
                    "Only a Scheduled Tweet that has not gone live can be changed");
        }
        if (r.raw().containsKey("scheduled_at")) {
            Instant at = scheduledAt(r);
            checkWindow(r.account(), at, tweet.path("id").asText());
            scheduled(r.account(), at);
            tweet.put("scheduled_at", Times.iso(at));
        }
        applyTweetMembers(r, tweet);
        return tweet.put("updated_at", ctx.now());
    }

    private Instant scheduledAt(SandboxRequest r) {
        try {
            return Times.parse(r.text("scheduled_at")).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeException e) {
            // the schema's pattern lets through dates that do not exist, such as 2026-13-45
            throw ApiException.badRequest("INVALID_PARAMETER", "scheduled_at", "scheduled_at is not a date and time that exists");
        }
    }

    /**
     * At most 30 Scheduled Tweets of the account may go live within any 15-minute span; the new time must not make
     * any span that contains it hold more.
     */
    private void checkWindow(String account, Instant at, String excludedId) {
        // due times are whole seconds: strictly within 15 minutes of at is from at - 15 min + 1 s to at + 15 min - 1 s
        List<Instant> near = new ArrayList<>(ctx.store().due(Kind.SCHEDULED_TWEET.key(), account,
                        at.minus(SCHEDULING_WINDOW).plusSeconds(1), at.plus(SCHEDULING_WINDOW).minusSeconds(1)).stream()
                .filter(o -> !o.id().equals(excludedId))
                .map(StoredObject::dueAt)
                .toList());
        near.add(at);
        Collections.sort(near);
        for (Instant start : near) {
            if (start.isAfter(at)) {
                break;
            }
            Instant end = start.plus(SCHEDULING_WINDOW);
            long inSpan = near.stream().filter(t -> !t.isBefore(start) && t.isBefore(end)).count();
            if (at.isBefore(end) && inSpan > SCHEDULED_PER_WINDOW) {
                throw ApiException.badRequest("SCHEDULED_TWEET_LIMIT_EXCEEDED", "scheduled_at",
                        "More than " + SCHEDULED_PER_WINDOW + " Tweets would go live within 15 minutes of " + Times.iso(at));
            }
        }
    }

    /** text, card_uri, media_keys, nullcast, name: copied when sent; card_uri or media_keys sent empty are unset. */
    private void applyTweetMembers(SandboxRequest r, ObjectNode tweet) {
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

    ObjectNode createTweet(SandboxRequest r) {
        Instant now = ctx.clock().instant();
        String id = ctx.ids().decimal();
        String text = r.text("text") == null ? "" : r.text("text");
        ObjectNode tweet = NODES.objectNode().put("created_at", Times.classic(now)).put("id", Long.parseLong(id))
                .put("id_str", id).put("text", text).putNull("name").put("truncated", false);
        if (r.raw().containsKey("name")) {
            tweet.put("name", r.text("name"));
        }
        ObjectNode entities = tweet.putObject("entities");
        entities.putArray("hashtags");
        entities.putArray("symbols");
        entities.putArray("user_mentions");
        entities.putArray("urls");
        ArrayNode keys = EntityContext.list(r, "media_keys");
        if (keys != null && !keys.isEmpty()) {
            ArrayNode media = entities.putArray("media");
            for (JsonNode key : keys) {
                ObjectNode item = ctx.media().require(r.account(), key.asText(), "media_keys", MEDIA_TYPES, List.of());
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
        tweet.put("source", "<a href=\"https://ads-api.x.com\" rel=\"nofollow\">Ads API Sandbox</a>")
                .putNull("in_reply_to_status_id").putNull("in_reply_to_status_id_str").putNull("in_reply_to_user_id")
                .putNull("in_reply_to_user_id_str").putNull("in_reply_to_screen_name");
        String userId = r.text("as_user_id");
        tweet.putObject("user").put("id", Long.parseLong(userId)).put("id_str", userId);
        tweet.putNull("geo").putNull("coordinates").putNull("place").putNull("contributors")
                .put("retweet_count", 0).put("favorite_count", 0).put("favorited", false).put("retweeted", false);
        tweet.putObject("scopes").put("followers", false);
        tweet.put("lang", "en");
        return tweet;
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

    ObjectNode rename(SandboxRequest r, ObjectNode tweet) {
        if (r.raw().containsKey("name") && !r.raw().get("name").isEmpty()) {
            tweet.put("name", r.text("name"));
        } else {
            tweet.putNull("name");
        }
        return tweet;
    }

    /**
     * Publishes the account's Scheduled Tweets whose time has come: status, completed_at, tweet_id and the live Tweet.
     * Runs on every request, so it first looks at the account's earliest pending time, kept in memory (and forgotten
     * when the store is cleared), and reads the store only when that time has come.
     */
    void publishDue(String account) {
        Instant now = ctx.clock().instant();
        NextDue next = nextDue.get(account);
        if (next == null || next.generation != ctx.store().generation()) {
            next = earliestPending(account);
            nextDue.put(account, next);
        }
        if (now.isBefore(next.at)) {
            return;
        }
        synchronized (this) {
            publish(account, now);
            nextDue.put(account, earliestPending(account));
        }
    }

    /** A Scheduled Tweet created or moved: the account's earliest pending time may be earlier now. */
    void scheduled(String account, Instant at) {
        nextDue.computeIfPresent(account, (k, next) -> at.isBefore(next.at) ? new NextDue(at, next.generation) : next);
    }

    private record NextDue(Instant at, long generation) {
    }

    private NextDue earliestPending(String account) {
        long generation = ctx.store().generation();
        return new NextDue(ctx.store().earliestDue(Kind.SCHEDULED_TWEET.key(), account).orElse(Instant.MAX), generation);
    }

    private void publish(String account, Instant now) {
        ctx.store().due(Kind.SCHEDULED_TWEET.key(), account, Instant.MIN, now)
                .forEach(o -> {
                    ObjectNode scheduled = o.body();
                    String tweetId = ctx.ids().decimal();
                    Instant at = Times.parse(scheduled.path("scheduled_at").asText());
                    ObjectNode live = NODES.objectNode().put("created_at", Times.classic(at)).put("id", Long.parseLong(tweetId))
                            .put("id_str", tweetId).put("text", scheduled.path("text").asText("")).set("name", scheduled.get("name"));
                    live.put("truncated", false);
                    ObjectNode entities = live.putObject("entities");
                    entities.putArray("hashtags");
                    entities.putArray("symbols");
                    entities.putArray("user_mentions");
                    entities.putArray("urls");
                    live.put("source", "<a href=\"https://ads-api.x.com\" rel=\"nofollow\">Ads API Sandbox</a>");
                    String userId = scheduled.path("user_id").asText();
                    live.putObject("user").put("id", Long.parseLong(userId)).put("id_str", userId);
                    live.put("retweet_count", 0).put("favorite_count", 0).put("favorited", false).put("retweeted", false)
                            .put("lang", "en");
                    ObjectNode stored = stored(live, scheduled.path("nullcast").asBoolean(true),
                            scheduled.hasNonNull("card_uri") ? scheduled.get("card_uri").asText() : null, null);
                    stored.put("scheduled_status", "SUCCESS").put("scheduled_at", scheduled.path("scheduled_at").asText());
                    ctx.store().put(Kind.TWEET.stored(account, stored));
                    scheduled.put("scheduled_status", "SUCCESS").put("completed_at", Times.iso(now.isBefore(at) ? at : now))
                            .put("tweet_id", tweetId).put("updated_at", Times.iso(now));
                    ctx.store().put(Kind.SCHEDULED_TWEET.stored(account, scheduled));
                });
    }
}
