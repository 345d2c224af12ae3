package com.xads.creatives.client;

import com.xads.creatives.client.model.MediaLibraryItemResponse;
import com.xads.creatives.client.model.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Members and enum values the API may add later do not break the client. */
class ForwardCompatibilityTest {

    @Test
    void unknownMembersAndEnumValuesAreTolerated() throws Exception {
        String json = "{\"data\":{\"media_key\":\"3_1\",\"media_type\":\"HOLOGRAM\",\"media_status\":\"TRANSCODE_COMPLETED\","
                + "\"tweeted\":false,\"created_at\":\"2017-11-16T19:05:14Z\",\"updated_at\":\"2017-11-16T19:05:23Z\","
                + "\"deleted\":false,\"brand_new_member\":{\"x\":1}},\"request\":{\"params\":{}},\"also_new\":true}";
        MediaLibraryItemResponse response = AdsJson.mapper().readValue(json, MediaLibraryItemResponse.class);
        assertEquals("3_1", response.getData().getMediaKey());
        assertEquals(MediaType.UNKNOWN_DEFAULT_OPEN_API, response.getData().getMediaType());
    }
}
