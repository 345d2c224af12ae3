package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sandbox started again on the same data directory finds everything as it was left, and is not seeded again. */
class RestartTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";
    private static final String SOFT_DELETED_CARD = "1321554298900107264";

    @Test
    void everythingSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("sandbox-restart");
        String draftId;
        String cardId;
        String image;
        try (TestSandbox first = TestSandbox.start(dir, false)) {
            image = first.upload("18ce54d4x5t", "TWEET_IMAGE", 1200, 628, 0);
            assertEquals(200, first.send("POST", ACCOUNT + "/media_library", Map.of("media_key", image), null).status());
            draftId = first.send("POST", ACCOUNT + "/draft_tweets",
                    Map.of("as_user_id", SandboxUsers.FIRST.id(), "text", "before restart"), null).json().path("data").path("id").asText();
            cardId = first.send("POST", ACCOUNT + "/cards/image_conversation", Map.of("media_key", image, "name", "kept",
                    "first_cta", "#keep", "first_cta_tweet", "kept", "thank_you_text", "thanks", "title", "Kept"), null)
                    .json().path("data").path("id").asText();
            // a soft delete and two hard deletes
            assertEquals(200, first.send("DELETE", ACCOUNT + "/cards/" + SOFT_DELETED_CARD, Map.of(), null).status());
            assertEquals(200, first.send("DELETE", ACCOUNT + "/cards/image_conversation/" + cardId, Map.of(), null).status());
            assertEquals(200, first.send("DELETE", ACCOUNT + "/cards/poll/57i77", Map.of(), null).status());
        }
        try (TestSandbox again = TestSandbox.start(dir, false)) {
            TestSandbox.Reply draft = again.send("GET", ACCOUNT + "/draft_tweets/" + draftId, Map.of(), null);
            assertEquals(200, draft.status(), draft::toString);
            assertEquals("before restart", draft.json().path("data").path("text").asText());
            assertEquals(image, again.send("GET", ACCOUNT + "/media_library/" + image, Map.of(), null)
                    .json().path("data").path("media_key").asText());
            assertEquals(404, again.send("GET", ACCOUNT + "/cards/image_conversation/" + cardId,
                    Map.of("with_deleted", "true"), null).status());
            assertEquals(404, again.send("GET", ACCOUNT + "/cards/" + SOFT_DELETED_CARD, Map.of(), null).status());
            TestSandbox.Reply deleted = again.send("GET", ACCOUNT + "/cards/" + SOFT_DELETED_CARD,
                    Map.of("with_deleted", "true"), null);
            assertTrue(deleted.json().path("data").path("deleted").asBoolean(), deleted::toString);
            assertEquals(404, again.send("GET", ACCOUNT + "/cards/poll/57i77", Map.of(), null).status(),
                    "the seed is not loaded again over the stored data");
        }
    }
}
