package com.example.polls;

import com.xads.creatives.client.model.PollCard;
import com.xads.creatives.sandbox.journal.JournalEntry;
import com.xads.creatives.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeeklyPollTest {

    // one sandbox for the class, reset before each test; the client signs as the sandbox's first user
    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.builder().build();

    private final WeeklyPoll poll = new WeeklyPoll(SANDBOX.client(), "18ce54d4x5t");

    @Test
    void opensAWeekLongPoll() {
        PollCard card = poll.open("Ship on Friday?").orElseThrow();
        assertEquals("10080", card.getDurationInMinutes());

        List<JournalEntry> sent = SANDBOX.journal().find("createPollCard");
        assertEquals(1, sent.size());
        assertEquals(List.of("Ship on Friday?"), sent.get(0).query().get("name"));
    }

    @Test
    void reportsAnOutageInsteadOfThrowing() {
        SANDBOX.faults().next(1).operation("createPollCard").unavailable(Duration.ofSeconds(5));
        Optional<PollCard> none = poll.open("Ship on Friday?");
        assertTrue(none.isEmpty());
        assertEquals("unavailable", SANDBOX.journal().find("createPollCard").get(0).fault());
    }
}
