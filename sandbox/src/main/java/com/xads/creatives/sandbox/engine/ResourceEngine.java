package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.rules.OperationRules;
import com.xads.creatives.rules.Rule;
import com.xads.creatives.rules.RuleEvaluator;
import com.xads.creatives.rules.RuleViolation;
import com.xads.creatives.sandbox.http.ApiException;
import com.xads.creatives.sandbox.store.ListQuery;
import com.xads.creatives.sandbox.store.Cursors;
import com.xads.creatives.sandbox.store.Page;
import com.xads.creatives.sandbox.store.StoredObject;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/** Carries out a checked request on the store and returns the success body; refusals are {@link ApiException}s. */
public final class ResourceEngine {

    private final EntityContext ctx;
    private final CardEntities cards;
    private final TweetEntities tweets;
    private final AssetEntities assets;
    private final OperationRules rules;
    private final RuleEvaluator evaluator;
    private final Map<String, Integer> defaultCounts;
    private final CardFetch fetch;

    /** @param legacyCardMembers the properties of the contract's LegacyCard schema, which cards/all answers with */
    public ResourceEngine(EntityContext ctx, OperationRules rules, Map<String, Integer> defaultCounts,
                          Set<String> legacyCardMembers) {
        this.ctx = ctx;
        this.fetch = new CardFetch(ctx.store(), legacyCardMembers);
        this.cards = new CardEntities(ctx);
        this.tweets = new TweetEntities(ctx);
        this.assets = new AssetEntities(ctx);
        this.rules = rules;
        this.evaluator = new RuleEvaluator(ctx.clock());
        this.defaultCounts = defaultCounts;
    }

    public ObjectNode handle(SandboxRequest r) {
        OperationCatalog.Entry op = OperationCatalog.of(r.operationId());
        tweets.publishDue(r.account());
        return switch (op.action()) {
            case LIST -> list(r, op.kind());
            case GET -> envelope(r, op.kind() == Kind.LEGACY_CARD ? fetchById(r, op) : visible(r, op).body());
            case CREATE -> envelope(r, create(r, op.kind()));
            case UPDATE -> envelope(r, update(r, op));
            case DELETE -> envelope(r, delete(r, op));
            case FETCH_BY_URI -> fetchByUri(r);
            case PREVIEW_DRAFT -> previewDraft(r, op);
            case PREVIEW_TWEETS -> previewTweets(r);
        };
    }

    private StoredObject visible(SandboxRequest r, OperationCatalog.Entry op) {
        String id = r.pathValues().get(op.idParameter());
        Optional<StoredObject> found = ctx.store().get(op.kind().key(), r.account(), id);
        boolean withDeleted = r.params().path("with_deleted").asBoolean(false);
        CardEntities.requireFound(found.isPresent() && (!found.get().deleted() || withDeleted), op.kind(), id, op.idParameter());
        return found.get();
    }

    private ObjectNode create(SandboxRequest r, Kind kind) {
        ObjectNode entity = switch (kind) {
            case CARD -> cards.createCard(r);
            case IMAGE_CONVERSATION_CARD -> cards.createImageConversation(r);
            case VIDEO_CONVERSATION_CARD -> cards.createVideoConversation(r);
            case IMAGE_DIRECT_MESSAGE_CARD -> cards.createImageDirectMessage(r);
            case POLL_CARD -> cards.createPoll(r);
            case MEDIA_LIBRARY_ITEM -> assets.createLibraryItem(r,
                    ctx.store().get(kind.key(), r.account(), r.text("media_key")).map(StoredObject::body));
            case PREROLL_CALL_TO_ACTION -> assets.createPreroll(r);
            case DRAFT_TWEET -> tweets.createDraft(r);
            case SCHEDULED_TWEET -> tweets.createScheduled(r);
            case TWEET -> tweets.createTweet(r);
            default -> throw new IllegalStateException("no create for " + kind);
        };
        ObjectNode stored = kind == Kind.TWEET
                ? TweetEntities.stored(entity, r.params().path("nullcast").asBoolean(true), r.text("card_uri"),
                r.text("conversation_settings"))
                : entity;
        ctx.store().put(kind.stored(r.account(), stored));
        return entity;
    }

    private ObjectNode update(SandboxRequest r, OperationCatalog.Entry op) {
        ObjectNode current = visible(r, op).body().deepCopy();
        ObjectNode changed = switch (op.kind()) {
            case CARD -> cards.updateCard(r, current);
            case IMAGE_CONVERSATION_CARD -> cards.updateImageConversation(r, current);
            case VIDEO_CONVERSATION_CARD -> cards.updateVideoConversation(r, current);
            case IMAGE_DIRECT_MESSAGE_CARD -> cards.updateImageDirectMessage(r, current);
            case MEDIA_LIBRARY_ITEM -> assets.updateLibraryItem(r, current);
            case PREROLL_CALL_TO_ACTION -> assets.updatePreroll(r, current);
            case DRAFT_TWEET -> tweets.updateDraft(r, current);
            case SCHEDULED_TWEET -> tweets.updateScheduled(r, current);
            case TWEET -> tweets.rename(r, current);
            default -> throw new IllegalStateException("no update for " + op.kind());
        };
        List<Rule> resultRules = rules.of(r.operationId());
        List<RuleViolation> violations = evaluator.evaluate(resultRules, changed, Rule.Phase.RESULT);
        if (!violations.isEmpty()) {
            RuleViolation v = violations.get(0);
            throw ApiException.badRequest(v.code(), v.parameter(), v.message());
        }
        ctx.store().put(op.kind().stored(r.account(), changed));
        return changed;
    }

    private ObjectNode delete(SandboxRequest r, OperationCatalog.Entry op) {
        StoredObject found = visible(r, op);
        ObjectNode body = found.body().deepCopy();
        String now = ctx.now();
        switch (op.kind()) {
            case DRAFT_TWEET -> body.put("status", "DELETED").put("updated_at", now);
            case SCHEDULED_TWEET -> body.put("scheduled_status", "DELETED").put("updated_at", now);
            default -> CardEntities.deleted(body, now);
        }
        if (op.kind().softDelete) {
            ctx.store().put(op.kind().stored(r.account(), body));
        } else {
            ctx.store().delete(op.kind().key(), r.account(), found.id());
        }
        return body;
    }

    private ObjectNode list(SandboxRequest r, Kind kind) {
        Kind listed = kind;
        List<String> types = new ArrayList<>(texts(r, "card_types", "creative_types"));
        if (r.raw().containsKey("media_type")) {
            types.add(r.text("media_type"));
        }
        List<String> parents = new ArrayList<>(texts(r, "line_item_ids"));
        if (r.raw().containsKey("user_id") && kind != Kind.TWEET) {
            parents.add(r.text("user_id"));
        }
        if (kind == Kind.TWEET) {
            listed = switch (r.text("tweet_type")) {
                case "DRAFT" -> Kind.DRAFT_TWEET;
                case "SCHEDULED" -> Kind.SCHEDULED_TWEET;
                default -> Kind.TWEET;
            };
        }
        String cursor = r.text("cursor");
        if (cursor != null && !Cursors.isCursor(cursor)) {
            throw ApiException.badRequest("INVALID_PARAMETER", "cursor", "This cursor was not issued by this server");
        }
        String sortBy = r.text("sort_by") == null ? "created_at-asc" : r.text("sort_by");
        ListQuery.SortColumn sort = ListQuery.SortColumn.valueOf(sortBy.substring(0, sortBy.lastIndexOf('-')).toUpperCase());
        boolean searchByTerm = kind == Kind.MEDIA_LIBRARY_ITEM;
        String namePrefix = kind == Kind.TWEET ? r.text("name") : searchByTerm ? null : r.text("q");
        int count = r.params().has("count") ? r.params().get("count").asInt() : defaultCounts.getOrDefault(r.operationId(), 200);
        ListQuery query = new ListQuery(listed.key(), r.account(),
                texts(r, "card_ids", "account_media_ids", "preroll_call_to_action_ids", "tweet_ids", "card_id"),
                texts(r, "card_uris"), listed == Kind.TWEET ? List.of() : types, parents, namePrefix,
                searchByTerm ? r.text("q") : null, r.params().path("with_deleted").asBoolean(false), sort,
                sortBy.endsWith("-desc"), count, cursor);
        Page page = ctx.store().list(query);
        ObjectNode body = NODES.objectNode();
        ArrayNode data = body.putArray("data");
        for (StoredObject o : page.objects()) {
            data.add(kind == Kind.TWEET && listed != Kind.TWEET ? asTweet(o.body(), listed) : o.body());
        }
        body.set("request", echo(r));
        body.put("next_cursor", page.nextCursor());
        if (r.params().path("with_total_count").asBoolean(false)) {
            body.put("total_count", ctx.store().count(query));
        }
        return body;
    }

    /** A draft or scheduled Tweet in the shape GET tweets returns. */
    private static ObjectNode asTweet(ObjectNode stored, Kind kind) {
        String id = stored.path("id").asText();
        ObjectNode tweet = NODES.objectNode().put("id", Long.parseLong(id)).put("id_str", id).put("tweet_id", id)
                .put("created_at", Times.classic(Times.parse(stored.path("created_at").asText())))
                .put("full_text", stored.path("text").asText("")).set("name", stored.get("name"));
        ObjectNode entities = tweet.putObject("entities");
        entities.putArray("hashtags");
        entities.putArray("symbols");
        entities.putArray("user_mentions");
        entities.putArray("urls");
        String userId = stored.path("user_id").asText();
        tweet.putObject("user").put("id", Long.parseLong(userId)).put("id_str", userId);
        tweet.put("nullcast", stored.path("nullcast").asBoolean(true))
                .put("tweet_type", kind == Kind.DRAFT_TWEET ? "DRAFT" : "SCHEDULED");
        if (stored.hasNonNull("card_uri")) {
            tweet.put("card_uri", stored.get("card_uri").asText());
        }
        if (kind == Kind.SCHEDULED_TWEET) {
            tweet.put("scheduled_status", stored.path("scheduled_status").asText())
                    .put("scheduled_at", stored.path("scheduled_at").asText());
        }
        return tweet;
    }

    private ObjectNode fetchByUri(SandboxRequest r) {
        ObjectNode body = NODES.objectNode();
        ArrayNode data = body.putArray("data");
        boolean withDeleted = r.params().path("with_deleted").asBoolean(false);
        for (String uri : texts(r, "card_uris")) {
            fetch.byUri(r.account(), uri, withDeleted).ifPresent(data::add);
        }
        body.set("request", echo(r));
        return body;
    }

    private ObjectNode fetchById(SandboxRequest r, OperationCatalog.Entry op) {
        String id = r.pathValues().get(op.idParameter());
        Optional<ObjectNode> card = fetch.byId(r.account(), id, r.params().path("with_deleted").asBoolean(false));
        CardEntities.requireFound(card.isPresent(), op.kind(), id, op.idParameter());
        return card.get();
    }

    private ObjectNode previewDraft(SandboxRequest r, OperationCatalog.Entry op) {
        visible(r, op);
        ObjectNode body = NODES.objectNode();
        body.set("request", echo(r));
        body.put("message", "See @" + r.userId() + "'s notifications in the X app to preview your Tweet.");
        return body;
    }

    private ObjectNode previewTweets(SandboxRequest r) {
        Kind kind = switch (r.text("tweet_type")) {
            case "DRAFT" -> Kind.DRAFT_TWEET;
            case "SCHEDULED" -> Kind.SCHEDULED_TWEET;
            default -> Kind.TWEET;
        };
        ObjectNode body = NODES.objectNode();
        body.set("request", echo(r));
        ArrayNode data = body.putArray("data");
        for (String id : texts(r, "tweet_ids")) {
            if (ctx.store().get(kind.key(), r.account(), id).isPresent()) {
                String token = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
                data.addObject().put("tweet_id", id).put("preview",
                        "<iframe class='tweet-preview' src='https://ton.twimg.com/ads-manager/tweet-preview/index.html?data=" + token + "'>");
            }
        }
        ObjectNode ordered = NODES.objectNode();
        ordered.set("request", body.get("request"));
        ordered.set("data", data);
        return ordered;
    }

    private ObjectNode envelope(SandboxRequest r, JsonNode data) {
        ObjectNode body = NODES.objectNode();
        body.set("data", data);
        body.set("request", echo(r));
        return body;
    }

    private static ObjectNode echo(SandboxRequest r) {
        ObjectNode request = NODES.objectNode();
        ObjectNode params = request.putObject("params");
        params.setAll(r.params());
        params.put("account_id", r.account());
        return request;
    }

    private static List<String> texts(SandboxRequest r, String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            JsonNode value = r.params().get(name);
            if (value != null && value.isArray()) {
                value.forEach(v -> values.add(v.asText()));
            }
        }
        return values;
    }
}
