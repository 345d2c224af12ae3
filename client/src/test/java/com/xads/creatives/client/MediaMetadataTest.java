package com.xads.creatives.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.client.model.CardComponent;
import com.xads.creatives.client.model.CardResponse;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated model carries media_metadata as the real API sends it (the v11 recordings of the JSON card endpoints). */
class MediaMetadataTest {

    private static final String COMPONENT = "{\"media_key\":\"13_794652834998325248\",\"media_metadata\":{\"13_794652834998325248\":"
            + "{\"type\":\"VIDEO\",\"url\":\"https://video.twimg.com/amplify_video/794652834998325248/vid/640x360/a.mp4\","
            + "\"width\":640,\"height\":360,\"video_duration\":7967,\"video_aspect_ratio\":\"16:9\"}},\"type\":\"MEDIA\"}";

    @Test
    void aComponentKeepsItsMediaMetadataBothWays() throws Exception {
        var mapper = AdsJson.mapper();
        CardComponent component = mapper.readValue(COMPONENT, CardComponent.class);
        assertEquals(7967L, component.getMediaMetadata().get("13_794652834998325248").getVideoDuration());
        assertEquals("16:9", component.getMediaMetadata().get("13_794652834998325248").getVideoAspectRatio());
        assertEquals(mapper.readTree(COMPONENT), mapper.readTree(mapper.writeValueAsString(component)));
    }

    /** The recording itself, where the real fixtures sit beside the repository (as the contract's recordings test). */
    @Test
    void theRecordedGetCardAnswerRoundTrips() throws Exception {
        String dir = System.getenv("REAL_FIXTURES_DIR");
        Path file = (dir == null || dir.isBlank() ? Path.of("").toAbsolutePath().getParent().getParent()
                .resolve("shared").resolve("real_fixtures") : Path.of(dir)).resolve("py_cards_load.json");
        assumeTrue(Files.isRegularFile(file), "no recording at " + file);
        var mapper = AdsJson.mapper();
        JsonNode recorded = mapper.readTree(file.toFile());
        CardResponse response = mapper.treeToValue(recorded, CardResponse.class);
        assertEquals(recorded, mapper.readTree(mapper.writeValueAsString(response)));
    }
}
