package com.xads.creatives.sandbox.engine;

import java.util.Map;

/** Which kind of object each operation of the contract works on, and how. */
public final class OperationCatalog {

    /** An operation's kind, action, and the path parameter that names the object (null for collections). */
    public record Entry(Kind kind, Action action, String idParameter) {
    }

    private static final Map<String, Entry> ENTRIES = Map.ofEntries(
            Map.entry("listAccountMedia", new Entry(Kind.ACCOUNT_MEDIA, Action.LIST, null)),
            Map.entry("getAccountMedia", new Entry(Kind.ACCOUNT_MEDIA, Action.GET, "account_media_id")),
            Map.entry("deleteAccountMedia", new Entry(Kind.ACCOUNT_MEDIA, Action.DELETE, "account_media_id")),
            Map.entry("listCards", new Entry(Kind.CARD, Action.LIST, null)),
            Map.entry("getCard", new Entry(Kind.CARD, Action.GET, "card_id")),
            Map.entry("createCard", new Entry(Kind.CARD, Action.CREATE, null)),
            Map.entry("updateCard", new Entry(Kind.CARD, Action.UPDATE, "card_id")),
            Map.entry("deleteCard", new Entry(Kind.CARD, Action.DELETE, "card_id")),
            Map.entry("fetchCards", new Entry(Kind.LEGACY_CARD, Action.FETCH_BY_URI, null)),
            Map.entry("fetchCard", new Entry(Kind.LEGACY_CARD, Action.GET, "card_id")),
            Map.entry("listDraftTweets", new Entry(Kind.DRAFT_TWEET, Action.LIST, null)),
            Map.entry("getDraftTweet", new Entry(Kind.DRAFT_TWEET, Action.GET, "draft_tweet_id")),
            Map.entry("createDraftTweet", new Entry(Kind.DRAFT_TWEET, Action.CREATE, null)),
            Map.entry("updateDraftTweet", new Entry(Kind.DRAFT_TWEET, Action.UPDATE, "draft_tweet_id")),
            Map.entry("deleteDraftTweet", new Entry(Kind.DRAFT_TWEET, Action.DELETE, "draft_tweet_id")),
            Map.entry("previewDraftTweet", new Entry(Kind.DRAFT_TWEET, Action.PREVIEW_DRAFT, "draft_tweet_id")),
            Map.entry("listImageConversationCards", new Entry(Kind.IMAGE_CONVERSATION_CARD, Action.LIST, null)),
            Map.entry("getImageConversationCard", new Entry(Kind.IMAGE_CONVERSATION_CARD, Action.GET, "card_id")),
            Map.entry("createImageConversationCard", new Entry(Kind.IMAGE_CONVERSATION_CARD, Action.CREATE, null)),
            Map.entry("updateImageConversationCard", new Entry(Kind.IMAGE_CONVERSATION_CARD, Action.UPDATE, "card_id")),
            Map.entry("deleteImageConversationCard", new Entry(Kind.IMAGE_CONVERSATION_CARD, Action.DELETE, "card_id")),
            Map.entry("listVideoConversationCards", new Entry(Kind.VIDEO_CONVERSATION_CARD, Action.LIST, null)),
            Map.entry("getVideoConversationCard", new Entry(Kind.VIDEO_CONVERSATION_CARD, Action.GET, "card_id")),
            Map.entry("createVideoConversationCard", new Entry(Kind.VIDEO_CONVERSATION_CARD, Action.CREATE, null)),
            Map.entry("updateVideoConversationCard", new Entry(Kind.VIDEO_CONVERSATION_CARD, Action.UPDATE, "card_id")),
            Map.entry("deleteVideoConversationCard", new Entry(Kind.VIDEO_CONVERSATION_CARD, Action.DELETE, "card_id")),
            Map.entry("listImageDirectMessageCards", new Entry(Kind.IMAGE_DIRECT_MESSAGE_CARD, Action.LIST, null)),
            Map.entry("getImageDirectMessageCard", new Entry(Kind.IMAGE_DIRECT_MESSAGE_CARD, Action.GET, "card_id")),
            Map.entry("createImageDirectMessageCard", new Entry(Kind.IMAGE_DIRECT_MESSAGE_CARD, Action.CREATE, null)),
            Map.entry("updateImageDirectMessageCard", new Entry(Kind.IMAGE_DIRECT_MESSAGE_CARD, Action.UPDATE, "card_id")),
            Map.entry("deleteImageDirectMessageCard", new Entry(Kind.IMAGE_DIRECT_MESSAGE_CARD, Action.DELETE, "card_id")),
            Map.entry("listPollCards", new Entry(Kind.POLL_CARD, Action.LIST, null)),
            Map.entry("getPollCard", new Entry(Kind.POLL_CARD, Action.GET, "card_id")),
            Map.entry("createPollCard", new Entry(Kind.POLL_CARD, Action.CREATE, null)),
            Map.entry("deletePollCard", new Entry(Kind.POLL_CARD, Action.DELETE, "card_id")),
            Map.entry("listMediaLibraryItems", new Entry(Kind.MEDIA_LIBRARY_ITEM, Action.LIST, null)),
            Map.entry("getMediaLibraryItem", new Entry(Kind.MEDIA_LIBRARY_ITEM, Action.GET, "media_key")),
            Map.entry("createMediaLibraryItem", new Entry(Kind.MEDIA_LIBRARY_ITEM, Action.CREATE, null)),
            Map.entry("updateMediaLibraryItem", new Entry(Kind.MEDIA_LIBRARY_ITEM, Action.UPDATE, "media_key")),
            Map.entry("deleteMediaLibraryItem", new Entry(Kind.MEDIA_LIBRARY_ITEM, Action.DELETE, "media_key")),
            Map.entry("listPrerollCallToActions", new Entry(Kind.PREROLL_CALL_TO_ACTION, Action.LIST, null)),
            Map.entry("getPrerollCallToAction", new Entry(Kind.PREROLL_CALL_TO_ACTION, Action.GET, "preroll_call_to_action_id")),
            Map.entry("createPrerollCallToAction", new Entry(Kind.PREROLL_CALL_TO_ACTION, Action.CREATE, null)),
            Map.entry("updatePrerollCallToAction", new Entry(Kind.PREROLL_CALL_TO_ACTION, Action.UPDATE, "preroll_call_to_action_id")),
            Map.entry("deletePrerollCallToAction", new Entry(Kind.PREROLL_CALL_TO_ACTION, Action.DELETE, "preroll_call_to_action_id")),
            Map.entry("listScheduledTweets", new Entry(Kind.SCHEDULED_TWEET, Action.LIST, null)),
            Map.entry("getScheduledTweet", new Entry(Kind.SCHEDULED_TWEET, Action.GET, "scheduled_tweet_id")),
            Map.entry("createScheduledTweet", new Entry(Kind.SCHEDULED_TWEET, Action.CREATE, null)),
            Map.entry("updateScheduledTweet", new Entry(Kind.SCHEDULED_TWEET, Action.UPDATE, "scheduled_tweet_id")),
            Map.entry("deleteScheduledTweet", new Entry(Kind.SCHEDULED_TWEET, Action.DELETE, "scheduled_tweet_id")),
            Map.entry("listTweetPreviews", new Entry(Kind.TWEET, Action.PREVIEW_TWEETS, null)),
            Map.entry("listTweets", new Entry(Kind.TWEET, Action.LIST, null)),
            Map.entry("createTweet", new Entry(Kind.TWEET, Action.CREATE, null)),
            Map.entry("updateTweetName", new Entry(Kind.TWEET, Action.UPDATE, "tweet_id")));

    private OperationCatalog() {
    }

    public static Entry of(String operationId) {
        Entry entry = ENTRIES.get(operationId);
        if (entry == null) {
            throw new IllegalArgumentException("the sandbox does not know operation " + operationId);
        }
        return entry;
    }

    public static Map<String, Entry> all() {
        return ENTRIES;
    }
}
