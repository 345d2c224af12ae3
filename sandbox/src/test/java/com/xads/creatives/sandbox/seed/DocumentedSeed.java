package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.sandbox.engine.Action;
import com.xads.creatives.sandbox.engine.OperationDescriptor;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.ResourceTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the documented seed files from the contract's examples: the objects of the example responses (each merged
 * over what earlier examples showed of it), the media the example requests name (as Media Library items) and the
 * Tweets and drafts named only in requests. {@link DocumentedSeedFilesTest} keeps {@code seed/docs/} equal to it.
 * The behaviours' {@link ResourceBehaviour#seeded} runs here too, with a clock before every example, so what
 * depends on the day (a pending Tweet moved after now) is left to {@link Seeder} at each start.
 */
final class DocumentedSeed {

    static final String DEFAULT_ACCOUNT = "18ce54d4x5t";
    private static final Pattern MEDIA_KEY = Pattern.compile("\\b([0-9]{1,4})_([0-9]{6,20})\\b");
    private static final Map<String, String> TYPE_BY_PREFIX = Map.of("3", "IMAGE", "7", "VIDEO", "13", "VIDEO", "16", "GIF");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ContractDocument document;
    private final ResourceTable resources;
    private final Function<ResourceKind, ResourceBehaviour> behaviours;
    /** By kind, then account, then id, in the order the examples first show each object. */
    private final Map<ResourceKind, Map<String, Map<String, ObjectNode>>> objects = new LinkedHashMap<>();

    DocumentedSeed(ContractDocument document, ResourceTable resources, Function<ResourceKind, ResourceBehaviour> behaviours) {
        this.document = document;
        this.resources = resources;
        this.behaviours = behaviours;
    }

    /** The content of each seed file, by entity schema. */
    Map<String, ObjectNode> files() {
        collect();
        Map<String, ObjectNode> files = new LinkedHashMap<>();
        for (ResourceKind kind : resources.kinds()) {
            Map<String, Map<String, ObjectNode>> byAccount = objects.get(kind);
            if (byAccount == null) {
                continue;
            }
            ObjectNode file = NODES.objectNode().put("schema", kind.schema());
            ObjectNode accounts = file.putObject("accounts");
            byAccount.forEach((account, byId) -> accounts.putArray(account).addAll(List.copyOf(byId.values())));
            files.put(kind.schema(), file);
        }
        return files;
    }

    private void collect() {
        ExampleCatalog examples = new ExampleCatalog(document);
        Map<String, String> accountOfExample = new LinkedHashMap<>();
        for (ExampleCatalog.RequestExample r : examples.requests()) {
            Map<String, String> path = document.parameters(r.operationId()).matchPath(r.path());
            accountOfExample.put(r.operationId() + " " + r.key(), path.get("account_id"));
            libraryItems(path.get("account_id"), r.query().values().toString());
            if (r.bodyKey() != null) {
                libraryItems(path.get("account_id"), examples.requestBody(r.operationId(), r.bodyKey()).toString());
            }
        }
        for (ExampleCatalog.PayloadExample p : examples.payloads()) {
            if (p.part() != ExampleCatalog.Part.RESPONSE || p.value().get("data") == null) {
                continue;
            }
            String account = accountOfExample.getOrDefault(p.operationId() + " " + p.key(), DEFAULT_ACCOUNT);
            OperationDescriptor op = resources.operation(p.operationId());
            JsonNode data = p.value().get("data");
            if (op.action() == Action.CUSTOM && "preview".equals(op.customAction())) {
                String type = p.value().path("request").path("params").path("tweet_type").asText("PUBLISHED");
                data.forEach(preview -> named(account, type, preview.path("tweet_id").asText()));
                continue;
            }
            for (JsonNode item : data.isArray() ? data : List.of(data)) {
                merge(account, op.kind(), behaviours.apply(op.kind()).seeded((ObjectNode) item.deepCopy()));
            }
        }
        for (ExampleCatalog.RequestExample r : examples.requests()) {
            if (r.operationId().equals("previewDraftTweet")) {
                Map<String, String> path = document.parameters(r.operationId()).matchPath(r.path());
                named(path.get("account_id"), "DRAFT", path.get("draft_tweet_id"));
            }
        }
    }

    private Map<String, ObjectNode> of(ResourceKind kind, String account) {
        return objects.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(account, a -> new LinkedHashMap<>());
    }

    private void merge(String account, ResourceKind kind, ObjectNode body) {
        of(kind, account).merge(body.path(kind.idMember()).asText(), body, (earlier, later) -> {
            earlier.setAll(later);
            return earlier;
        });
    }

    /** A Tweet, draft or Scheduled Tweet that the examples only name, with the members every one has. */
    private void named(String account, String tweetType, String id) {
        String at = "2020-01-01T00:00:00Z";
        ResourceKind kind;
        ObjectNode tweet = NODES.objectNode();
        switch (tweetType) {
            case "DRAFT" -> {
                kind = resources.kind("draft_tweet");
                tweet.put("id", id).putNull("name").put("text", "").put("user_id", "756201191646691328").put("nullcast", true)
                        .putNull("card_uri").put("created_at", at).put("updated_at", at);
                tweet.putArray("media_keys");
            }
            case "SCHEDULED" -> {
                kind = resources.kind("scheduled_tweet");
                tweet.put("id", id).putNull("name").putNull("completed_at").put("text", "").put("user_id", "756201191646691328")
                        .put("scheduled_status", "SCHEDULED").put("nullcast", true).put("scheduled_at", "2099-01-01T00:00:00Z")
                        .putNull("card_uri").putNull("tweet_id").put("created_at", at).put("updated_at", at);
                tweet.putArray("media_keys");
            }
            default -> {
                kind = resources.kind("tweet");
                tweet.put("id", Long.parseLong(id)).put("id_str", id).put("tweet_id", id)
                        .put("created_at", "Wed Jan 01 00:00:00 +0000 2020").put("full_text", "").putNull("name");
                ObjectNode entities = tweet.putObject("entities");
                entities.putArray("hashtags");
                entities.putArray("symbols");
                entities.putArray("user_mentions");
                entities.putArray("urls");
                tweet.putObject("user").put("id", 756201191646691328L).put("id_str", "756201191646691328");
                tweet.put("nullcast", true).put("tweet_type", "PUBLISHED");
            }
        }
        of(kind, account).putIfAbsent(id, tweet);
    }

    /** Every media key an example request names is an item of its account's Media Library. */
    private void libraryItems(String account, String text) {
        ResourceKind library = resources.kind("media_library_item");
        Matcher m = MEDIA_KEY.matcher(text);
        while (m.find()) {
            String type = TYPE_BY_PREFIX.getOrDefault(m.group(1), "IMAGE");
            String category = switch (m.group(1)) {
                case "13" -> "AMPLIFY_VIDEO";
                case "7" -> "TWEET_VIDEO";
                case "16" -> "TWEET_GIF";
                default -> "TWEET_IMAGE";
            };
            ObjectNode item = NODES.objectNode()
                    .put("tweeted", false).putNull("name").putNull("file_name")
                    .put("media_url", "https://pbs.twimg.com/media/" + Long.toString(Long.parseLong(m.group(2)), 36) + ".jpg")
                    .put("media_category", category).put("media_key", m.group()).put("created_at", "2020-01-01T00:00:00Z")
                    .put("media_status", "TRANSCODE_COMPLETED").put("media_type", type)
                    .put("updated_at", "2020-01-01T00:00:00Z").put("deleted", false);
            if (!type.equals("IMAGE")) {
                item.put("duration", 15_000).put("aspect_ratio", "16:9").putNull("title").putNull("description");
            }
            of(library, account).putIfAbsent(m.group(), item);
        }
    }
}
