package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.SandboxRequest;
import com.xads.creatives.sandbox.engine.Times;
import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.sandbox.store.StoredObject;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/**
 * Scheduled Tweets: at most 30 of an account go live within any 15 minutes; when one is due it becomes a published
 * Tweet (status SUCCESS, completed_at, tweet_id); only a pending one can be changed.
 */
public final class ScheduledTweetResource implements ResourceBehaviour {

    static final int SCHEDULED_PER_WINDOW = 30;
    static final Duration SCHEDULING_WINDOW = Duration.ofMinutes(15);

    private final EntityContext ctx;

    public ScheduledTweetResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    private ResourceKind kind() {
        return ctx.resources().kind("scheduled_tweet");
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        Instant at = scheduledAt(r);
        String now = ctx.now();
        ObjectNode tweet = NODES.objectNode().put("id", ctx.ids().decimal()).putNull("name").putNull("completed_at")
                .put("text", "").put("user_id", r.text("as_user_id")).put("scheduled_status", "SCHEDULED")
                .put("nullcast", true).put("scheduled_at", Times.iso(at)).putNull("card_uri").putNull("tweet_id");
        tweet.set("media_keys", NODES.arrayNode());
        Tweets.applyMembers(ctx, r, tweet);
        return tweet.put("created_at", now).put("updated_at", now);
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode tweet) {
        if (!"SCHEDULED".equals(tweet.path("scheduled_status").asText())) {
            throw ApiException.badRequest("INVALID_PARAMETER", "scheduled_tweet_id",
                    "Only a Scheduled Tweet that has not gone live can be changed");
        }
        if (r.raw().containsKey("scheduled_at")) {
            tweet.put("scheduled_at", Times.iso(scheduledAt(r)));
        }
        Tweets.applyMembers(ctx, r, tweet);
        return tweet.put("updated_at", ctx.now());
    }

    @Override
    public ObjectNode markDeleted(ObjectNode body, String now) {
        return body.put("scheduled_status", "DELETED").put("updated_at", now);
    }

    private Instant scheduledAt(SandboxRequest r) {
        try {
            return Times.parse(r.text("scheduled_at")).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeException e) {
            // the schema's pattern lets through dates that do not exist, such as 2026-13-45
            throw ApiException.badRequest("INVALID_PARAMETER", "scheduled_at", "scheduled_at is not a date and time that exists");
        }
    }

    @Override
    public Duration dueWindow() {
        return SCHEDULING_WINDOW;
    }

    /**
     * At most 30 Scheduled Tweets of the account may go live within any 15-minute span; the new time must not make
     * any span that contains it hold more.
     */
    @Override
    public void admitDue(Instant at, List<Instant> others) {
        List<Instant> near = new ArrayList<>(others);
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

    /** The Tweet goes live: a published Tweet of its text and card, and the Scheduled Tweet marked SUCCESS. */
    @Override
    public List<StoredObject> goLive(StoredObject due, Instant now) {
        String account = due.account();
        ObjectNode scheduled = due.body().deepCopy();
        String tweetId = ctx.ids().decimal();
        Instant at = Times.parse(scheduled.path("scheduled_at").asText());
        ObjectNode live = NODES.objectNode().put("created_at", Times.classic(at)).put("id", Long.parseLong(tweetId))
                .put("id_str", tweetId).put("text", scheduled.path("text").asText("")).set("name", scheduled.get("name"));
        live.put("truncated", false);
        Tweets.entities(live);
        live.put("source", Tweets.SOURCE);
        Tweets.user(live, scheduled.path("user_id").asText());
        live.put("retweet_count", 0).put("favorite_count", 0).put("favorited", false).put("retweeted", false)
                .put("lang", "en");
        ObjectNode stored = Tweets.stored(live, scheduled.path("nullcast").asBoolean(true),
                scheduled.hasNonNull("card_uri") ? scheduled.get("card_uri").asText() : null, null);
        stored.put("scheduled_status", "SUCCESS").put("scheduled_at", scheduled.path("scheduled_at").asText());
        scheduled.put("scheduled_status", "SUCCESS").put("completed_at", Times.iso(now.isBefore(at) ? at : now))
                .put("tweet_id", tweetId).put("updated_at", Times.iso(now));
        return List.of(kind().stored(account, scheduled).replacing(due), ctx.resources().kind("tweet").stored(account, stored));
    }

    /**
     * A deleted one is pending again; a pending one moves to the same date and time in the first year after now,
     * so it has not gone live yet.
     */
    @Override
    public ObjectNode seeded(ObjectNode documented) {
        ResourceBehaviour.super.seeded(documented);
        if ("DELETED".equals(documented.path("scheduled_status").asText())) {
            documented.put("scheduled_status", "SCHEDULED");
        }
        if ("SCHEDULED".equals(documented.path("scheduled_status").asText())) {
            ZonedDateTime at = Times.parse(documented.path("scheduled_at").asText()).atZone(ZoneOffset.UTC);
            Instant now = ctx.clock().instant();
            while (!at.toInstant().isAfter(now)) {
                at = at.plusYears(1);
            }
            documented.put("scheduled_at", Times.iso(at.toInstant()));
        }
        return documented;
    }
}
