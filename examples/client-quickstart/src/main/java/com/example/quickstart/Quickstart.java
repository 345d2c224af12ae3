package com.example.quickstart;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.client.errors.AdsApiException;
import com.xads.creatives.client.model.Card;
import com.xads.creatives.client.model.CardComponent;
import com.xads.creatives.client.model.CardDestination;
import com.xads.creatives.client.model.CardListResponse;
import com.xads.creatives.client.model.CreateCardRequest;
import com.xads.creatives.client.model.Tweet;
import com.xads.creatives.client.paging.CursorPages;

import java.io.IOException;
import java.util.List;

/**
 * Creates a website card, publishes a promoted-only Tweet with it, then lists every card of the account.
 * Usage: Quickstart BASE_URL ACCOUNT_ID USER_ID MEDIA_KEY (credentials from the X_* environment variables).
 */
public final class Quickstart {

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: Quickstart BASE_URL ACCOUNT_ID USER_ID IMAGE_MEDIA_KEY");
            System.exit(2);
        }
        String account = args[1];
        AdsApiClient client = AdsApiClient.builder()
                .baseUrl(args[0])
                .credentials(new OAuth1Credentials(System.getenv("X_CONSUMER_KEY"), System.getenv("X_CONSUMER_SECRET"),
                        System.getenv("X_ACCESS_TOKEN"), System.getenv("X_ACCESS_TOKEN_SECRET")))
                .build();
        try {
            CreateCardRequest website = new CreateCardRequest()
                    .name("quickstart website card")
                    .components(List.of(
                            new CardComponent().type(CardComponent.TypeEnum.MEDIA).mediaKey(args[3]),
                            new CardComponent().type(CardComponent.TypeEnum.DETAILS).title("Our developer docs")
                                    .destination(new CardDestination().type(CardDestination.TypeEnum.WEBSITE)
                                            .url("https://developer.x.com"))));
            Card card = client.cards().createCard(account, website).execute().body().getData();

            Tweet tweet = client.tweets().createTweet(account, args[2], "Read the docs", card.getCardUri(), null, null,
                    null, true, true, null, null, null, null, null).execute().body().getData();
            System.out.println("Tweet " + tweet.getIdStr() + " carries " + card.getCardUri());

            CursorPages.of(cursor -> client.cards().listCards(account, null, null, null, 200, cursor, null, null, null, null),
                            CardListResponse::getData, CardListResponse::getNextCursor)
                    .items()
                    .forEach(c -> System.out.println(c.getId() + " " + c.getName()));
        } catch (AdsApiException e) {
            System.err.println("the API said " + e.status() + ": " + e.errors());
            System.exit(1);
        }
    }
}
