package com.xads.creatives.sandbox;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.errors.BadRequestException;
import com.xads.creatives.client.errors.NotFoundException;
import com.xads.creatives.client.invoker.CollectionFormats.CSVParams;
import com.xads.creatives.client.model.CardComponent;
import com.xads.creatives.client.model.CardDestination;
import com.xads.creatives.client.model.CreateCardRequest;
import com.xads.creatives.client.model.MediaCategory;
import com.xads.creatives.client.model.ScheduledTweet;
import com.xads.creatives.client.model.ScheduledTweetStatus;
import com.xads.creatives.client.model.Tweet;
import com.xads.creatives.client.model.TweetType;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import retrofit2.Call;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guides' workflow through the generated client, signed, against a sandbox on a loopback port: media into the
 * library, each kind of card, a Tweet carrying a card, a Scheduled Tweet that goes live when the clock passes its
 * time, previews, and deletes. Every response is checked against the contract on the way (Conformance.Interceptor).
 */
class GuideWorkflowTest {

    private static final String ACCOUNT = "18ce54d4x5t";
    private static final String USER = SandboxUsers.FIRST.id();

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);
    private static final AdsApiClient client = sandbox.client(SandboxUsers.FIRST);

    private static <T> T ok(Call<T> call) throws IOException {
        return call.execute().body();
    }

    @Test
    void fromMediaToLiveTweetAndBack() throws IOException {
        String image = sandbox.upload(ACCOUNT, "TWEET_IMAGE", 1200, 628, 0);
        String video = sandbox.upload(ACCOUNT, "AMPLIFY_VIDEO", 1280, 720, 15_000);

        // media library
        assertEquals(image, ok(client.mediaLibrary().createMediaLibraryItem(ACCOUNT, image, MediaCategory.TWEET_IMAGE,
                null, "photo.jpg", "photo", null, null)).getData().getMediaKey());
        assertEquals(video, ok(client.mediaLibrary().createMediaLibraryItem(ACCOUNT, video, MediaCategory.AMPLIFY_VIDEO,
                "a clip", null, "clip", null, "Clip")).getData().getMediaKey());
        List<String> library = ok(client.mediaLibrary().listMediaLibraryItems(ACCOUNT, 50, null, null, null))
                .getData().stream().map(item -> item.getMediaKey()).toList();
        assertTrue(library.containsAll(List.of(image, video)), library::toString);

        // each kind of card
        String imageCard = ok(client.imageConversationCards().createImageConversationCard(ACCOUNT, "#coffee", "I like it",
                image, "coffee card", "thanks", "Coffee?", null, null, null, null, null, null, null, null))
                .getData().getCardUri();
        String videoCard = ok(client.videoConversationCards().createVideoConversationCard(ACCOUNT, "#clip", "Watched",
                "clip card", "thanks", video, "A clip", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null)).getData().getCardUri();
        String dmCard = ok(client.imageDirectMessageCards().createImageDirectMessageCard(ACCOUNT, "Ask us", "865707372148174852",
                "dm card", USER, null, image, null, null, null, null, null, null)).getData().getCardUri();
        var poll = ok(client.pollCards().createPollCard(ACCOUNT, 60, "Tea", "poll card", "Coffee", null, null, image)).getData();
        assertEquals(Duration.ofMinutes(60), Duration.between(poll.getStartTime(), poll.getEndTime()));
        CardComponent media = new CardComponent().type(CardComponent.TypeEnum.MEDIA).mediaKey(image);
        CardComponent details = new CardComponent().type(CardComponent.TypeEnum.DETAILS).title("Visit us")
                .destination(new CardDestination().type(CardDestination.TypeEnum.WEBSITE).url("https://www.x.com"));
        String unifiedCard = ok(client.cards().createCard(ACCOUNT,
                new CreateCardRequest().name("website card").components(List.of(media, details)))).getData().getCardUri();
        for (String uri : List.of(imageCard, videoCard, dmCard, poll.getCardUri(), unifiedCard)) {
            assertTrue(uri.matches("card://[0-9]+"), uri);
        }
        // the fetch endpoint finds cards whichever endpoint made them
        var fetched = ok(client.cardsFetch().fetchCards(ACCOUNT, new CSVParams(imageCard, poll.getCardUri()), null)).getData();
        assertEquals(List.of(imageCard, poll.getCardUri()), fetched.stream().map(c -> c.getCardUri()).toList());
        assertEquals("poll card", ok(client.cardsFetch().fetchCard(ACCOUNT, poll.getId(), null)).getData().getName());

        // a Tweet with a card, and its preview
        Tweet tweet = ok(client.tweets().createTweet(ACCOUNT, USER, "Coffee time", imageCard, null, null, "coffee tweet",
                true, null, null, null, null, null, null)).getData();
        assertEquals("Coffee time", tweet.getText());
        var listed = ok(client.tweets().listTweets(ACCOUNT, TweetType.PUBLISHED, null, null, null, null, null, null,
                new CSVParams(tweet.getIdStr()), null)).getData();
        assertEquals(imageCard, listed.get(0).getCardUri());
        var previews = ok(client.tweetPreviews().listTweetPreviews(ACCOUNT, new CSVParams(tweet.getIdStr()), TweetType.PUBLISHED)).getData();
        assertEquals(tweet.getIdStr(), previews.get(0).getTweetId());
        assertTrue(previews.get(0).getPreview().contains("<iframe"), previews.get(0).getPreview());

        // a Scheduled Tweet goes live when the clock passes its time
        Instant at = sandbox.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
        ScheduledTweet scheduled = ok(client.scheduledTweets().createScheduledTweet(ACCOUNT, at.toString(), USER,
                "Later", unifiedCard, null, true, "later")).getData();
        assertEquals(ScheduledTweetStatus.SCHEDULED, scheduled.getScheduledStatus());
        assertNull(scheduled.getTweetId());
        sandbox.advanceClock(Duration.ofHours(3));
        ScheduledTweet live = ok(client.scheduledTweets().getScheduledTweet(ACCOUNT, scheduled.getId())).getData();
        assertEquals(ScheduledTweetStatus.SUCCESS, live.getScheduledStatus());
        assertNotNull(live.getCompletedAt());
        assertNotNull(live.getTweetId());
        var published = ok(client.tweets().listTweets(ACCOUNT, TweetType.PUBLISHED, null, null, null, null, null, null,
                new CSVParams(live.getTweetId()), null)).getData();
        assertEquals(1, published.size());
        assertEquals("Later", published.get(0).getFullText());
        assertEquals(unifiedCard, published.get(0).getCardUri());

        // a draft, its preview and its (hard) delete
        String draft = ok(client.draftTweets().createDraftTweet(ACCOUNT, USER, "Draft", null, new CSVParams(image), true, null))
                .getData().getId();
        assertNotNull(ok(client.draftTweets().previewDraftTweet(ACCOUNT, draft)).getMessage());
        ok(client.draftTweets().deleteDraftTweet(ACCOUNT, draft));
        assertThrows(NotFoundException.class, () -> client.draftTweets().getDraftTweet(ACCOUNT, draft).execute());

        // a Scheduled Tweet that has not gone live can be deleted (hard); the poll card is deleted for good too
        ScheduledTweet pending = ok(client.scheduledTweets().createScheduledTweet(ACCOUNT,
                sandbox.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES).toString(), USER, "Never", null, null,
                true, null)).getData();
        assertEquals(ScheduledTweetStatus.DELETED,
                ok(client.scheduledTweets().deleteScheduledTweet(ACCOUNT, pending.getId())).getData().getScheduledStatus());
        assertThrows(NotFoundException.class, () -> client.scheduledTweets().getScheduledTweet(ACCOUNT, pending.getId()).execute());
        String pollId = poll.getId();
        assertTrue(ok(client.pollCards().deletePollCard(ACCOUNT, pollId)).getData().getDeleted());
        assertThrows(NotFoundException.class, () -> client.pollCards().getPollCard(ACCOUNT, pollId, true).execute());

        // a soft delete: gone from reads, back with with_deleted=true
        String unifiedId = unifiedCard.substring("card://".length());
        assertTrue(ok(client.cards().deleteCard(ACCOUNT, unifiedId)).getData().getDeleted());
        assertThrows(NotFoundException.class, () -> client.cards().getCard(ACCOUNT, unifiedId, null).execute());
        assertTrue(ok(client.cards().getCard(ACCOUNT, unifiedId, true)).getData().getDeleted());
    }

    @Test
    void mediaMustBeInTheLibraryOfTheRightTypeAndShape() throws IOException {
        String notInLibrary = sandbox.upload(ACCOUNT, "TWEET_IMAGE", 1200, 628, 0);
        BadRequestException missing = assertThrows(BadRequestException.class, () -> client.imageConversationCards()
                .createImageConversationCard(ACCOUNT, "#x", "x", notInLibrary, "card", "thanks", "T", null, null, null,
                        null, null, null, null, null).execute());
        assertEquals("media_key", missing.errors().get(0).getParameter());

        String square = sandbox.upload(ACCOUNT, "TWEET_IMAGE", 1000, 1000, 0);
        ok(client.mediaLibrary().createMediaLibraryItem(ACCOUNT, square, MediaCategory.TWEET_IMAGE, null, null, null, null, null));
        BadRequestException ratio = assertThrows(BadRequestException.class, () -> client.imageConversationCards()
                .createImageConversationCard(ACCOUNT, "#x", "x", square, "card", "thanks", "T", null, null, null,
                        null, null, null, null, null).execute());
        assertTrue(ratio.hasCode("INVALID_MEDIA"), ratio.rawBody());
        assertEquals("media_key", ratio.errors().get(0).getParameter());
    }

    @Test
    void atMostThirtyScheduledTweetsGoLiveInOneQuarterHour() throws IOException {
        Instant at = quarterHourWithoutPendingTweets(sandbox.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES));
        for (int i = 0; i < 30; i++) {
            ok(client.scheduledTweets().createScheduledTweet(ACCOUNT, at.plus(Duration.ofMinutes(i % 10)).toString(), USER,
                    "tweet " + i, null, null, true, null));
        }
        BadRequestException limit = assertThrows(BadRequestException.class, () -> client.scheduledTweets()
                .createScheduledTweet(ACCOUNT, at.plus(Duration.ofMinutes(5)).toString(), USER, "one more", null, null, true, null)
                .execute());
        assertTrue(limit.hasCode("SCHEDULED_TWEET_LIMIT_EXCEEDED"), limit.rawBody());
        assertEquals("scheduled_at", limit.errors().get(0).getParameter());
        // outside the window there is room again
        ok(client.scheduledTweets().createScheduledTweet(ACCOUNT, at.plus(Duration.ofMinutes(40)).toString(), USER,
                "later one", null, null, true, null));
    }

    /**
     * The first time from {@code start} on, an hour at a time, with no pending Scheduled Tweet of the account within an
     * hour of it: the seed moves its pending Scheduled Tweets to dates still ahead, which can fall 30 days from now.
     */
    private static Instant quarterHourWithoutPendingTweets(Instant start) {
        java.util.List<Instant> pending = client.scheduledTweets().list(com.xads.creatives.client.requests.ListScheduledTweetsRequest
                        .builder().accountId(ACCOUNT).count(200).build()).stream()
                .filter(t -> "SCHEDULED".equals(String.valueOf(t.getScheduledStatus())))
                .map(t -> t.getScheduledAt().toInstant()).toList();
        Instant at = start;
        while (true) {
            Instant candidate = at;
            if (pending.stream().noneMatch(p -> Duration.between(candidate, p).abs().compareTo(Duration.ofHours(1)) < 0)) {
                return at;
            }
            at = at.plus(Duration.ofHours(1));
        }
    }
}
