package com.xads.creatives.sandbox.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.SandboxClock;
import com.xads.creatives.sandbox.engine.Ids;
import com.xads.creatives.sandbox.engine.MediaLibrary;
import com.xads.creatives.sandbox.engine.Times;
import com.xads.creatives.sandbox.engine.Uploads;
import com.xads.creatives.sandbox.engine.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Controls of the sandbox itself, outside the API's paths: reset to the seed state, register an "uploaded" file
 * (standing in for the upload host), and move the clock forward.
 */
@Path("/_sandbox")
@Produces(MediaType.APPLICATION_JSON)
public final class ControlsResource {

    private static final Map<String, String> PREFIX_BY_CATEGORY =
            Map.of("TWEET_IMAGE", "3", "TWEET_VIDEO", "7", "AMPLIFY_VIDEO", "13", "TWEET_GIF", "16");
    private static final Map<String, String> TYPE_BY_CATEGORY =
            Map.of("TWEET_IMAGE", "IMAGE", "TWEET_VIDEO", "VIDEO", "AMPLIFY_VIDEO", "VIDEO", "TWEET_GIF", "GIF");

    private final CompletableFuture<SandboxState> state;
    private final SandboxClock clock;
    private final Ids ids;

    /** @param state the state, complete once the database is migrated (the controls are built while it is) */
    public ControlsResource(CompletableFuture<SandboxState> state, SandboxClock clock, Ids ids) {
        this.state = state;
        this.clock = clock;
        this.ids = ids;
    }

    @POST
    @Path("/reset")
    public ObjectNode reset() {
        clock.reset();
        state.join().reset();
        return JsonNodeFactory.instance.objectNode().put("reset", true).put("now", Times.iso(clock.instant()));
    }

    /**
     * Body: {"account_id": "18ce54d4x5t", "media_category": "TWEET_IMAGE", "width": 1200, "height": 628, "duration_ms": 0},
     * and optionally "media_key": the key to register (so recorded requests that name a key can be replayed); it must
     * have the category's prefix.
     */
    @POST
    @Path("/uploads")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode upload(JsonNode body) {
        String category = body == null ? null : body.path("media_category").asText(null);
        if (category == null || !PREFIX_BY_CATEGORY.containsKey(category)) {
            throw ApiException.badRequest("INVALID_PARAMETER", "media_category",
                    "media_category must be one of " + PREFIX_BY_CATEGORY.keySet());
        }
        int width = body.path("width").asInt(0);
        int height = body.path("height").asInt(0);
        if (width <= 0 || height <= 0 || width > 20_000 || height > 20_000) {
            throw ApiException.badRequest("INVALID_PARAMETER", width <= 0 || width > 20_000 ? "width" : "height",
                    "width and height must be between 1 and 20000 pixels");
        }
        long duration = body.path("duration_ms").asLong(0);
        if (duration < 0) {
            throw ApiException.badRequest("INVALID_PARAMETER", "duration_ms", "duration_ms cannot be negative");
        }
        String account = body.path("account_id").asText("18ce54d4x5t");
        String prefix = PREFIX_BY_CATEGORY.get(category) + "_";
        String key = body.hasNonNull("media_key") ? body.get("media_key").asText() : prefix + ids.decimal();
        if (!key.startsWith(prefix) || !key.matches("[0-9]{1,4}_[0-9]{1,20}")) {
            throw ApiException.badRequest("INVALID_PARAMETER", "media_key",
                    "media_key must be " + prefix + " followed by up to 20 digits for " + category);
        }
        MediaLibrary.Upload upload = new MediaLibrary.Upload(key, TYPE_BY_CATEGORY.get(category), category, width, height, duration);
        Uploads.register(state.join().store(), account, upload);
        return JsonNodeFactory.instance.objectNode().put("media_key", key).put("media_type", upload.mediaType())
                .put("media_category", category).put("account_id", account).put("aspect_ratio", upload.ratio());
    }

    @GET
    @Path("/clock")
    public ObjectNode now() {
        return JsonNodeFactory.instance.objectNode().put("now", Times.iso(clock.instant()));
    }

    /** Body: {"seconds": 3600}. */
    @POST
    @Path("/clock/advance")
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode advance(JsonNode body) {
        long seconds = body == null ? -1 : body.path("seconds").asLong(-1);
        if (seconds < 0) {
            throw ApiException.badRequest("INVALID_PARAMETER", "seconds", "seconds must be a number of seconds, zero or more");
        }
        clock.advance(Duration.ofSeconds(seconds));
        return now();
    }
}
