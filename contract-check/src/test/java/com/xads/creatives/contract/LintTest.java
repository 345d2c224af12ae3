package com.xads.creatives.contract;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** House rules of the document, each a test that lists every offender. */
class LintTest {

    /** The operations of the seed pages, written out here rather than read from the spec. */
    private static final Set<String> SEED_OPERATIONS = Set.of(
            "GET /accounts/{account_id}/account_media listAccountMedia",
            "GET /accounts/{account_id}/account_media/{account_media_id} getAccountMedia",
            "DELETE /accounts/{account_id}/account_media/{account_media_id} deleteAccountMedia",
            "GET /accounts/{account_id}/cards listCards",
            "GET /accounts/{account_id}/cards/{card_id} getCard",
            "POST /accounts/{account_id}/cards createCard",
            "PUT /accounts/{account_id}/cards/{card_id} updateCard",
            "DELETE /accounts/{account_id}/cards/{card_id} deleteCard",
            "GET /accounts/{account_id}/cards/all fetchCards",
            "GET /accounts/{account_id}/cards/all/{card_id} fetchCard",
            "GET /accounts/{account_id}/draft_tweets listDraftTweets",
            "GET /accounts/{account_id}/draft_tweets/{draft_tweet_id} getDraftTweet",
            "POST /accounts/{account_id}/draft_tweets createDraftTweet",
            "PUT /accounts/{account_id}/draft_tweets/{draft_tweet_id} updateDraftTweet",
            "DELETE /accounts/{account_id}/draft_tweets/{draft_tweet_id} deleteDraftTweet",
            "POST /accounts/{account_id}/draft_tweets/preview/{draft_tweet_id} previewDraftTweet",
            "GET /accounts/{account_id}/cards/image_conversation listImageConversationCards",
            "GET /accounts/{account_id}/cards/image_conversation/{card_id} getImageConversationCard",
            "POST /accounts/{account_id}/cards/image_conversation createImageConversationCard",
            "PUT /accounts/{account_id}/cards/image_conversation/{card_id} updateImageConversationCard",
            "DELETE /accounts/{account_id}/cards/image_conversation/{card_id} deleteImageConversationCard",
            "GET /accounts/{account_id}/cards/video_conversation listVideoConversationCards",
            "GET /accounts/{account_id}/cards/video_conversation/{card_id} getVideoConversationCard",
            "POST /accounts/{account_id}/cards/video_conversation createVideoConversationCard",
            "PUT /accounts/{account_id}/cards/video_conversation/{card_id} updateVideoConversationCard",
            "DELETE /accounts/{account_id}/cards/video_conversation/{card_id} deleteVideoConversationCard",
            "GET /accounts/{account_id}/cards/image_direct_message listImageDirectMessageCards",
            "GET /accounts/{account_id}/cards/image_direct_message/{card_id} getImageDirectMessageCard",
            "POST /accounts/{account_id}/cards/image_direct_message createImageDirectMessageCard",
            "PUT /accounts/{account_id}/cards/image_direct_message/{card_id} updateImageDirectMessageCard",
            "DELETE /accounts/{account_id}/cards/image_direct_message/{card_id} deleteImageDirectMessageCard",
            "GET /accounts/{account_id}/cards/poll listPollCards",
            "GET /accounts/{account_id}/cards/poll/{card_id} getPollCard",
            "POST /accounts/{account_id}/cards/poll createPollCard",
            "DELETE /accounts/{account_id}/cards/poll/{card_id} deletePollCard",
            "GET /accounts/{account_id}/media_library listMediaLibraryItems",
            "GET /accounts/{account_id}/media_library/{media_key} getMediaLibraryItem",
            "POST /accounts/{account_id}/media_library createMediaLibraryItem",
            "PUT /accounts/{account_id}/media_library/{media_key} updateMediaLibraryItem",
            "DELETE /accounts/{account_id}/media_library/{media_key} deleteMediaLibraryItem",
            "GET /accounts/{account_id}/preroll_call_to_actions listPrerollCallToActions",
            "GET /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id} getPrerollCallToAction",
            "POST /accounts/{account_id}/preroll_call_to_actions createPrerollCallToAction",
            "PUT /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id} updatePrerollCallToAction",
            "DELETE /accounts/{account_id}/preroll_call_to_actions/{preroll_call_to_action_id} deletePrerollCallToAction",
            "GET /accounts/{account_id}/scheduled_tweets listScheduledTweets",
            "GET /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id} getScheduledTweet",
            "POST /accounts/{account_id}/scheduled_tweets createScheduledTweet",
            "PUT /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id} updateScheduledTweet",
            "DELETE /accounts/{account_id}/scheduled_tweets/{scheduled_tweet_id} deleteScheduledTweet",
            "GET /accounts/{account_id}/tweet_previews listTweetPreviews",
            "GET /accounts/{account_id}/tweets listTweets",
            "POST /accounts/{account_id}/tweet createTweet",
            "PUT /accounts/{account_id}/tweets/{tweet_id}/name updateTweetName");

    private static final List<String> SHARED_ERRORS = List.of("400", "401", "403", "404", "429", "503");
    private static final Pattern EXAMPLE_OBJECT = Pattern.compile(".*/examples/[^/]+");
    private final JsonNode root = Contract.DOCUMENT.root();

    @Test
    void theOperationsOfTheSeedsAreAllThere() {
        assertEquals(54, SEED_OPERATIONS.size());
        Set<String> present = new TreeSet<>();
        Contract.DOCUMENT.operations().forEach(op -> present.add(op.method().toUpperCase() + " " + op.path() + " " + op.id()));
        assertEquals(new TreeSet<>(SEED_OPERATIONS), present);
        System.out.printf("operations: %d of %d seed operations present%n", present.size(), SEED_OPERATIONS.size());
    }

    @Test
    void operationIdsAreUniqueCamelCaseVerbNoun() {
        List<String> offenders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Contract.DOCUMENT.operations().forEach(op -> {
            if (!seen.add(op.id())) {
                offenders.add("duplicate " + op.id());
            }
            if (!op.id().matches("^(list|get|create|update|delete|fetch|preview)[A-Z][A-Za-z]+$")) {
                offenders.add("not verb + noun: " + op.id());
            }
        });
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyOperationIsDocumentedWithExamplesAndSharedErrors() {
        Set<String> declaredTags = new HashSet<>();
        root.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        List<String> offenders = new ArrayList<>();
        for (ContractDocument.Operation op : Contract.DOCUMENT.operations()) {
            JsonNode node = op.node();
            if (node.path("tags").size() != 1 || !declaredTags.contains(node.path("tags").path(0).asText())) {
                offenders.add(op.id() + ": one declared tag");
            }
            for (String field : List.of("summary", "description")) {
                if (node.path(field).asText().isBlank()) {
                    offenders.add(op.id() + ": " + field);
                }
            }
            if (node.at("/responses/200/content/application~1json/examples").size() == 0) {
                offenders.add(op.id() + ": a 200 example");
            }
            for (String status : SHARED_ERRORS) {
                if (!("#/components/responses/" + errorName(status)).equals(node.at("/responses/" + status + "/$ref").asText())) {
                    offenders.add(op.id() + ": shared " + status + " response");
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    private static String errorName(String status) {
        return Map.of("400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound",
                "429", "TooManyRequests", "503", "ServiceUnavailable").get(status);
    }

    @Test
    void everyParameterAndPropertyHasADescription() {
        List<String> offenders = new ArrayList<>();
        walk(root, "", (pointer, node) -> {
            if (pointer.matches(".*/parameters/[^/]+$") && node.has("name") && node.path("description").asText().isBlank()) {
                offenders.add(pointer);
            }
            if (pointer.endsWith("/properties")) {
                node.fields().forEachRemaining(p -> {
                    JsonNode target = Contract.DOCUMENT.resolve(p.getValue());
                    if (target.path("description").asText().isBlank()) {
                        offenders.add(pointer + "/" + p.getKey());
                    }
                });
            }
        });
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyIntegerHasAFormat() {
        List<String> offenders = new ArrayList<>();
        walk(root, "", (pointer, node) -> {
            if ("integer".equals(node.path("type").asText()) && !node.has("format")) {
                offenders.add(pointer);
            }
        });
        assertEquals(List.of(), offenders);
    }

    @Test
    void noComponentIsUnused() {
        Set<String> referenced = new HashSet<>();
        walk(root, "", (pointer, node) -> {
            if (node.has("$ref")) {
                referenced.add(node.get("$ref").asText());
            }
        });
        root.path("security").forEach(req -> req.fieldNames().forEachRemaining(n -> referenced.add("#/components/securitySchemes/" + n)));
        List<String> unused = new ArrayList<>();
        root.path("components").fields().forEachRemaining(kind -> kind.getValue().fieldNames().forEachRemaining(name -> {
            String ref = "#/components/" + kind.getKey() + "/" + name;
            if (!referenced.contains(ref)) {
                unused.add(ref);
            }
        }));
        assertEquals(List.of(), unused);
    }

    @Test
    void everyExtensionIsExplainedInExtensionsMd() throws IOException {
        String explained;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/extensions.md")) {
            assertNotNull(in, "openapi/extensions.md is packaged with the spec");
            explained = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> extensions = new TreeSet<>();
        walk(root, "", (pointer, node) -> node.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("x-") && !pointer.contains("/x-") && !pointer.endsWith("/headers")) {
                extensions.add(name);
            }
        }));
        List<String> unexplained = extensions.stream().filter(x -> !explained.contains("## `" + x + "`")).toList();
        assertEquals(List.of(), unexplained, "extensions found: " + extensions);
    }

    /** Visits every object node of the document with its JSON pointer, skipping example values. */
    /** Visits the document's objects, but not example payloads (an Example's value, an example member). */
    static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            boolean members = pointer.endsWith("/properties");
            boolean anExample = EXAMPLE_OBJECT.matcher(pointer).matches();
            node.fields().forEachRemaining(e -> {
                boolean payload = !members && (e.getKey().equals("example") || (anExample && e.getKey().equals("value")));
                if (!payload) {
                    walk(e.getValue(), pointer + "/" + ContractDocument.escape(e.getKey()), visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visitor);
            }
        }
    }
}
