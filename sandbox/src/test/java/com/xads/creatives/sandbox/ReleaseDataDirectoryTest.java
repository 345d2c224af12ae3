package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.store.DataDirectoryUpgradeTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sandbox of this build started on a data directory that the last build before Flyway wrote
 * (resources/data-dirs/README.md) serves everything in it, and its pending Scheduled Tweet still goes live.
 */
class ReleaseDataDirectoryTest {

    private static final String ACCOUNT = "/12/accounts/18ce54d4x5t";
    private static final String IMAGE = "3_2127929313926840320";

    @Test
    void everythingTheReleaseStoredIsServed() throws Exception {
        try (TestSandbox sandbox = TestSandbox.startOnItsH2File(DataDirectoryUpgradeTest.unpackedDirectoryOfTheRelease(), false)) {
            assertEquals("made by the release", sandbox.send("GET", ACCOUNT + "/draft_tweets/2127929315839442946", Map.of(), null)
                    .json().path("data").path("text").asText());
            assertEquals("kept", sandbox.send("GET", ACCOUNT + "/media_library/" + IMAGE, Map.of(), null)
                    .json().path("data").path("name").asText());
            assertEquals("Kept", sandbox.send("GET", ACCOUNT + "/cards/image_conversation/723btl", Map.of(), null)
                    .json().path("data").path("title").asText());
            assertEquals(404, sandbox.send("GET", ACCOUNT + "/cards/1321554298900107264", Map.of(), null).status());
            assertTrue(sandbox.send("GET", ACCOUNT + "/cards/1321554298900107264", Map.of("with_deleted", "true"), null)
                    .json().path("data").path("deleted").asBoolean());

            TestSandbox.Reply fromUnusedUpload = sandbox.send("POST", ACCOUNT + "/media_library",
                    Map.of("media_key", "3_2127929314744729601"), null);
            assertEquals(200, fromUnusedUpload.status(), "the upload moved to its table is found: " + fromUnusedUpload);

            String scheduled = ACCOUNT + "/scheduled_tweets/2127929337494634500";
            assertEquals("SCHEDULED", sandbox.send("GET", scheduled, Map.of(), null).json().path("data").path("scheduled_status").asText());
            sandbox.advanceClock(Duration.between(sandbox.now(), Instant.parse("2027-06-01T10:00:01Z")));
            TestSandbox.Reply live = sandbox.send("GET", scheduled, Map.of(), null);
            assertEquals("SUCCESS", live.json().path("data").path("scheduled_status").asText(), live::toString);
            assertEquals(SandboxUsers.FIRST.id(), live.json().path("data").path("user_id").asText());
        }
    }
}
