package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.sandbox.engine.Action;
import com.xads.creatives.sandbox.engine.MediaLibrary;
import com.xads.creatives.sandbox.engine.OperationDescriptor;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.ResourceTable;
import com.xads.creatives.sandbox.engine.Uploads;
import com.xads.creatives.sandbox.store.ObjectStore;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a new store with every object the contract's examples show, so each documented request replays: the objects
 * of the example responses (deleted ones restored, so their delete can run again), the media the example requests
 * reference (as Media Library assets and registered uploads), and the Tweets and drafts named only in requests.
 */
public final class SeedLoader {

    public static final String DEFAULT_ACCOUNT = "18ce54d4x5t";
    private static final Pattern MEDIA_KEY = Pattern.compile("\\b([0-9]{1,4})_([0-9]{6,20})\\b");
    private static final Map<String, String> TYPE_BY_PREFIX = Map.of("3", "IMAGE", "7", "VIDEO", "13", "VIDEO", "16", "GIF");

    private final ContractDocument document;
    private final ObjectStore store;
    private final ResourceTable resources;
    private final Function<ResourceKind, ResourceBehaviour> behaviours;

    /** @param behaviours each resource's behaviour, which says how a documented object is kept in the seed */
    public SeedLoader(ContractDocument document, ObjectStore store, ResourceTable resources,
                      Function<ResourceKind, ResourceBehaviour> behaviours) {
        this.document = document;
        this.store = store;
        this.resources = resources;
        this.behaviours = behaviours;
    }

    public void seed() {
        ExampleCatalog examples = new ExampleCatalog(document);
        Map<String, String> accountOfExample = new HashMap<>();
        for (ExampleCatalog.RequestExample r : examples.requests()) {
            Map<String, String> path = document.parameters(r.operationId()).matchPath(r.path());
            accountOfExample.put(r.operationId() + " " + r.key(), path.get("account_id"));
            registerMedia(path.get("account_id"), r.query().values().toString());
            if (r.bodyKey() != null) {
                registerMedia(path.get("account_id"), examples.requestBody(r.operationId(), r.bodyKey()).toString());
            }
        }
        for (ExampleCatalog.PayloadExample p : examples.payloads()) {
            if (p.part() != ExampleCatalog.Part.RESPONSE) {
                continue;
            }
            String account = accountOfExample.getOrDefault(p.operationId() + " " + p.key(), DEFAULT_ACCOUNT);
            OperationDescriptor op = resources.operation(p.operationId());
            JsonNode data = p.value().get("data");
            if (data == null) {
                continue;
            }
            if (op.action() == Action.CUSTOM && "preview".equals(op.customAction())) {
                String type = p.value().path("request").path("params").path("tweet_type").asText("PUBLISHED");
                data.forEach(preview -> stub(account, type, preview.path("tweet_id").asText()));
                continue;
            }
            for (JsonNode item : data.isArray() ? data : java.util.List.of(data)) {
                keep(account, op.kind(), behaviours.apply(op.kind()).seeded((ObjectNode) item.deepCopy()));
            }
        }
        for (ExampleCatalog.RequestExample r : examples.requests()) {
            if (r.operationId().equals("previewDraftTweet")) {
                Map<String, String> path = document.parameters(r.operationId()).matchPath(r.path());
                stub(path.get("account_id"), "DRAFT", path.get("draft_tweet_id"));
            }
        }
    }

    /** Stores the object, merged over what earlier examples showed of the same object. */
    private void keep(String account, ResourceKind kind, ObjectNode body) {
        String id = body.path(kind.idMember()).asText();
        ObjectNode merged = store.get(kind.key(), account, id).map(o -> {
            ObjectNode earlier = o.body();
            earlier.setAll(body);
            return earlier;
        }).orElse(body);
        store.put(kind.stored(account, merged));
    }

    private void stub(String account, String tweetType, String id) {
        String now = "2020-01-01T00:00:00Z";
        switch (tweetType) {
            case "DRAFT" -> {
                ObjectNode draft = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("id", id).putNull("name").put("text", "").put("user_id", "756201191646691328").put("nullcast", true)
                        .putNull("card_uri").put("created_at", now).put("updated_at", now);
                draft.putArray("media_keys");
                if (store.get(resources.kind("draft_tweet").key(), account, id).isEmpty()) {
                    store.put(resources.kind("draft_tweet").stored(account, draft));
                }
            }
            case "SCHEDULED" -> {
                ObjectNode tweet = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("id", id).putNull("name").putNull("completed_at").put("text", "").put("user_id", "756201191646691328")
                        .put("scheduled_status", "SCHEDULED").put("nullcast", true).put("scheduled_at", "2099-01-01T00:00:00Z")
                        .putNull("card_uri").putNull("tweet_id").put("created_at", now).put("updated_at", now);
                tweet.putArray("media_keys");
                if (store.get(resources.kind("scheduled_tweet").key(), account, id).isEmpty()) {
                    store.put(resources.kind("scheduled_tweet").stored(account, tweet));
                }
            }
            default -> {
                if (store.get(resources.kind("tweet").key(), account, id).isEmpty()) {
                    ObjectNode tweet = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("id", Long.parseLong(id)).put("id_str", id).put("tweet_id", id)
                            .put("created_at", "Wed Jan 01 00:00:00 +0000 2020").put("full_text", "").putNull("name");
                    ObjectNode entities = tweet.putObject("entities");
                    entities.putArray("hashtags");
                    entities.putArray("symbols");
                    entities.putArray("user_mentions");
                    entities.putArray("urls");
                    tweet.putObject("user").put("id", 756201191646691328L).put("id_str", "756201191646691328");
                    tweet.put("nullcast", true).put("tweet_type", "PUBLISHED");
                    store.put(resources.kind("tweet").stored(account, tweet));
                }
            }
        }
    }

    /** Every media key an example request names becomes a library asset and a registered upload of its account. */
    private void registerMedia(String account, String text) {
        Matcher m = MEDIA_KEY.matcher(text);
        while (m.find()) {
            String key = m.group();
            String type = TYPE_BY_PREFIX.getOrDefault(m.group(1), "IMAGE");
            String category = switch (m.group(1)) {
                case "13" -> "AMPLIFY_VIDEO";
                case "7" -> "TWEET_VIDEO";
                case "16" -> "TWEET_GIF";
                default -> "TWEET_IMAGE";
            };
            if (Uploads.find(store, account, key).isEmpty()) {
                Uploads.register(store, account, new MediaLibrary.Upload(key, type, category,
                        type.equals("IMAGE") ? 1200 : 1280, type.equals("IMAGE") ? 628 : 720, type.equals("IMAGE") ? 0 : 15_000));
            }
            if (store.get(resources.kind("media_library_item").key(), account, key).isEmpty()) {
                String mediaId = m.group(2);
                ObjectNode item = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("tweeted", false).putNull("name").putNull("file_name")
                        .put("media_url", "https://pbs.twimg.com/media/" + Long.toString(Long.parseLong(mediaId), 36) + ".jpg")
                        .put("media_category", category).put("media_key", key).put("created_at", "2020-01-01T00:00:00Z")
                        .put("media_status", "TRANSCODE_COMPLETED").put("media_type", type)
                        .put("updated_at", "2020-01-01T00:00:00Z").put("deleted", false);
                if (!type.equals("IMAGE")) {
                    item.put("duration", 15_000).put("aspect_ratio", "16:9").putNull("title").putNull("description");
                }
                store.put(resources.kind("media_library_item").stored(account, item));
            }
        }
    }
}
