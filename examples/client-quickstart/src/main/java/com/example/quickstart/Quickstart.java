package com.example.quickstart;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.errors.BadRequestException;
import com.xads.creatives.client.model.Card;
import com.xads.creatives.client.model.CardComponent;
import com.xads.creatives.client.model.CardDestination;
import com.xads.creatives.client.model.ImageConversationCard;
import com.xads.creatives.client.model.PollCard;
import com.xads.creatives.client.model.ScheduledTweet;
import com.xads.creatives.client.model.Tweet;
import com.xads.creatives.client.requests.CreateCardRequest;
import com.xads.creatives.client.requests.CreateImageConversationCardRequest;
import com.xads.creatives.client.requests.CreateMediaLibraryItemRequest;
import com.xads.creatives.client.requests.CreatePollCardRequest;
import com.xads.creatives.client.requests.CreateScheduledTweetRequest;
import com.xads.creatives.client.requests.CreateTweetRequest;
import com.xads.creatives.client.requests.ListCardsRequest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The workflow of the guides, step by step: media into the Media Library, an image conversation card, a poll, a
 * card of the JSON endpoint, a Tweet that carries it, a Scheduled Tweet, every card of the account, and a 400.
 * Usage: Quickstart BASE_URL ACCOUNT_ID USER_ID [IMAGE_MEDIA_KEY]. Without a media key it registers an upload with
 * the sandbox's upload control; without X_CONSUMER_KEY in the environment it sends unsigned requests (a sandbox
 * started with --auth none).
 */
public final class Quickstart {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String account = args[1];
        String user = args[2];
        AdsApiClient.Builder builder = AdsApiClient.builder().baseUrl(base);
        AdsApiClient client = (System.getenv("X_CONSUMER_KEY") == null ? builder.unsigned() : builder.credentials(
                new OAuth1Credentials(System.getenv("X_CONSUMER_KEY"), System.getenv("X_CONSUMER_SECRET"),
                        System.getenv("X_ACCESS_TOKEN"), System.getenv("X_ACCESS_TOKEN_SECRET")))).build();

        // 1. the upload (X's upload host; the sandbox's upload control stands in for it)
        String image = args.length > 3 ? args[3] : sandboxUpload(base, account);
        // 2. into the Media Library
        client.mediaLibrary().create(CreateMediaLibraryItemRequest.builder()
                .accountId(account).mediaKey(image).name("quickstart image").build());
        // 3. an image conversation card
        ImageConversationCard conversation = client.imageConversationCards().create(CreateImageConversationCardRequest.builder()
                .accountId(account).name("quickstart conversation").mediaKey(image).title("Tell us")
                .firstCta("#Docs").firstCtaTweet("I read the docs").thankYouText("Thanks!").build());
        // 4. a poll
        PollCard poll = client.pollCards().create(CreatePollCardRequest.builder()
                .accountId(account).name("quickstart poll").durationInMinutes(1440).firstChoice("Yes").secondChoice("No").build());
        // 5. a card of the JSON card endpoint
        Card website = client.cards().create(CreateCardRequest.builder().accountId(account)
                .body(new com.xads.creatives.client.model.CreateCardRequest().name("quickstart website card").components(List.of(
                        new CardComponent().type(CardComponent.TypeEnum.MEDIA).mediaKey(image),
                        new CardComponent().type(CardComponent.TypeEnum.DETAILS).title("Our developer docs")
                                .destination(new CardDestination().type(CardDestination.TypeEnum.WEBSITE).url("https://developer.x.com")))))
                .build());
        // 6. a promoted-only Tweet that carries it
        Tweet tweet = client.tweets().create(CreateTweetRequest.builder()
                .accountId(account).asUserId(user).text("Read the docs").cardUri(website.getCardUri()).nullcast(true).build());
        // 7. a Scheduled Tweet, a week ahead
        ScheduledTweet later = client.scheduledTweets().create(CreateScheduledTweetRequest.builder()
                .accountId(account).asUserId(user).text("Vote: " + poll.getName()).scheduledAt(OffsetDateTime.now().plusDays(7))
                .cardUri(poll.getCardUri()).nullcast(true).build());
        System.out.println("Tweet " + tweet.getIdStr() + ", conversation card " + conversation.getId() + ", Scheduled Tweet "
                + later.getId() + " at " + later.getScheduledAt());
        // 8. every card of the account, page after page
        client.cards().list(ListCardsRequest.builder().accountId(account).count(200).build())
                .stream().forEach(c -> System.out.println("card " + c.getId() + " " + c.getName()));
        // 9. a request the API refuses
        try {
            client.pollCards().create(CreatePollCardRequest.builder()
                    .accountId(account).name("too long").durationInMinutes(99_999).firstChoice("Yes").secondChoice("No").build());
        } catch (BadRequestException refused) {
            System.out.println("refused as expected: " + refused.errors().get(0).getParameter() + " " + refused.errors().get(0).getCode());
        }
    }

    private static String sandboxUpload(String base, String account) throws Exception {
        String body = "{\"account_id\":\"" + account + "\",\"media_category\":\"TWEET_IMAGE\",\"width\":1200,\"height\":628}";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.replaceFirst("/12/?$", "")
                + "/_sandbox/uploads")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String key = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body()).path("media_key").asText("");
        if (key.isEmpty()) {
            throw new IllegalStateException("the upload control answered " + answer.statusCode() + ": " + answer.body());
        }
        return key;
    }
}
