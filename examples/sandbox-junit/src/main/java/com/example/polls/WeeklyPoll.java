package com.example.polls;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.errors.ServerException;
import com.xads.creatives.client.model.PollCard;
import com.xads.creatives.client.requests.CreatePollCardRequest;

import java.util.Optional;

/** The team's code under test: opens the weekly poll, and reports (rather than throws) when the API is down. */
public final class WeeklyPoll {

    private final AdsApiClient client;
    private final String account;

    public WeeklyPoll(AdsApiClient client, String account) {
        this.client = client;
        this.account = account;
    }

    public Optional<PollCard> open(String question) {
        try {
            return Optional.of(client.pollCards().create(CreatePollCardRequest.builder().accountId(account)
                    .name(question).durationInMinutes(7 * 24 * 60).firstChoice("Yes").secondChoice("No").build()));
        } catch (ServerException down) {
            return Optional.empty();
        }
    }
}
