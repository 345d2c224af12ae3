package com.xads.creatives.sandbox.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.http.ApiException;

import java.util.ArrayList;
import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;
import static com.xads.creatives.sandbox.engine.EntityContext.copy;

/** Builds and changes cards: the JSON (unified) cards and the legacy conversation, Direct Message and poll cards. */
final class CardEntities {

    private static final List<String> CONVERSATION_MEMBERS = List.of("name", "title", "first_cta", "first_cta_tweet",
            "second_cta", "second_cta_tweet", "third_cta", "third_cta_tweet", "fourth_cta", "fourth_cta_tweet",
            "thank_you_text", "thank_you_url");
    private static final List<String> DM_MEMBERS = List.of("name", "first_cta", "first_cta_welcome_message_id",
            "second_cta", "second_cta_welcome_message_id", "third_cta", "third_cta_welcome_message_id", "fourth_cta",
            "fourth_cta_welcome_message_id");

    private final EntityContext ctx;

    CardEntities(EntityContext ctx) {
        this.ctx = ctx;
    }

    // ---- unified cards

    ObjectNode createCard(SandboxRequest r) {
        String id = ctx.ids().decimal();
        ObjectNode card = NODES.objectNode().put("id", id).put("name", r.body().path("name").asText());
        setComponents(r, card);
        String now = ctx.now();
        card.put("card_uri", "card://" + id).put("created_at", now).put("updated_at", now).put("deleted", false);
        return card;
    }

    ObjectNode updateCard(SandboxRequest r, ObjectNode card) {
        if (r.body().has("name")) {
            card.put("name", r.body().get("name").asText());
        }
        if (r.body().has("components") || r.body().has("slides")) {
            card.remove("components");
            card.remove("slides");
            setComponents(r, card);
        }
        return card.put("updated_at", ctx.now());
    }

    private void setComponents(SandboxRequest r, ObjectNode card) {
        List<JsonNode> groups = new ArrayList<>();
        String member;
        if (r.body().has("slides")) {
            member = "slides";
            r.body().get("slides").forEach(groups::add);
            ArrayNode slides = card.putArray("slides");
            r.body().get("slides").forEach(slide -> slides.add(copyComponents(r.account(), slide)));
        } else {
            member = "components";
            groups.add(r.body().get("components"));
            card.set("components", copyComponents(r.account(), r.body().get("components")));
        }
        List<String> mediaTypes = new ArrayList<>();
        boolean carousel = false;
        String destination = "WEBSITE";
        for (int g = 0; g < groups.size(); g++) {
            JsonNode components = groups.get(g);
            for (int i = 0; i < components.size(); i++) {
                JsonNode c = components.get(i);
                String at = member + (member.equals("slides") ? "[" + g + "]" : "") + "[" + i + "]";
                switch (c.path("type").asText()) {
                    case "MEDIA" -> mediaTypes.add(mediaType(r, c.path("media_key").asText(), at + ".media_key"));
                    case "SWIPEABLE_MEDIA" -> {
                        carousel = true;
                        for (int k = 0; k < c.path("media_keys").size(); k++) {
                            mediaTypes.add(mediaType(r, c.path("media_keys").get(k).asText(), at + ".media_keys[" + k + "]"));
                        }
                    }
                    case "BUTTON" -> destination = "APP";
                    default -> { }
                }
            }
        }
        boolean multiDestination = member.equals("slides");
        String media = mediaTypes.stream().distinct().count() > 1 ? "MIXED_MEDIA" : mediaTypes.contains("VIDEO") ? "VIDEO" : "IMAGE";
        String type;
        if (multiDestination) {
            type = media + "_MULTI_DEST_CAROUSEL_WEBSITE";
        } else if (media.equals("MIXED_MEDIA")) {
            type = "MIXED_MEDIA_SINGLE_DEST_CAROUSEL_" + destination;
        } else {
            type = media + (carousel ? "_CAROUSEL_" : "_") + destination;
        }
        card.put("card_type", type);
    }

    /**
     * The components as stored and answered: a WEBSITE destination gets its t.co form, and a media component its
     * media_metadata from the Media Library, as the real API adds them (a client that sends media_metadata, as the
     * SDKs do when they send a card back, keeps what it sent).
     */
    private ArrayNode copyComponents(String account, JsonNode components) {
        ArrayNode copy = components.deepCopy();
        for (JsonNode c : copy) {
            List<String> keys = new ArrayList<>();
            if (c.hasNonNull("media_key")) {
                keys.add(c.get("media_key").asText());
            }
            c.path("media_keys").forEach(k -> keys.add(k.asText()));
            if (!keys.isEmpty() && !c.has("media_metadata")) {
                ObjectNode metadata = ((ObjectNode) c).putObject("media_metadata");
                keys.forEach(key -> ctx.media().metadata(account, key).ifPresent(entry -> metadata.set(key, entry)));
            }
            JsonNode destination = c.get("destination");
            if (destination != null && "WEBSITE".equals(destination.path("type").asText()) && !destination.has("tco_url")) {
                ((ObjectNode) destination).put("tco_url", "https://t.co/" + Integer.toString(Math.abs(destination.path("url").asText().hashCode()), 36));
            }
        }
        return copy;
    }

    private String mediaType(SandboxRequest r, String key, String parameter) {
        return ctx.media().require(r.account(), key, parameter, List.of("IMAGE", "VIDEO"), List.of()).path("media_type").asText();
    }

    // ---- legacy cards

    ObjectNode createImageConversation(SandboxRequest r) {
        ObjectNode card = legacyBase(r, "IMAGE_CONVERSATION");
        copy(r, card, CONVERSATION_MEMBERS);
        setImage(r, card, "media_key", List.of("1.91:1"));
        checkUnlockImage(r, "5:2");
        return card;
    }

    ObjectNode updateImageConversation(SandboxRequest r, ObjectNode card) {
        copy(r, card, CONVERSATION_MEMBERS);
        if (r.raw().containsKey("media_key")) {
            setImage(r, card, "media_key", List.of("1.91:1"));
        }
        checkUnlockImage(r, "5:2");
        return card.put("updated_at", ctx.now());
    }

    private void setImage(SandboxRequest r, ObjectNode card, String parameter, List<String> ratios) {
        String key = r.text(parameter);
        ObjectNode item = ctx.media().require(r.account(), key, parameter, List.of("IMAGE"), ratios);
        card.put("media_key", key).put("media_url", item.path("media_url").asText());
        dimensions(r, key, card, "image_display_width", "image_display_height", "1280", "670");
    }

    private void checkUnlockImage(SandboxRequest r, String ratio) {
        if (r.raw().containsKey("unlocked_image_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_image_media_key"), "unlocked_image_media_key", List.of("IMAGE"), List.of(ratio));
        }
    }

    ObjectNode createVideoConversation(SandboxRequest r) {
        ObjectNode card = legacyBase(r, "VIDEO_CONVERSATION");
        copy(r, card, CONVERSATION_MEMBERS);
        setVideo(r, card);
        return card;
    }

    ObjectNode updateVideoConversation(SandboxRequest r, ObjectNode card) {
        copy(r, card, CONVERSATION_MEMBERS);
        if (r.raw().containsKey("media_key") || r.raw().containsKey("video_id")) {
            setVideo(r, card);
        }
        return card.put("updated_at", ctx.now());
    }

    private void setVideo(SandboxRequest r, ObjectNode card) {
        String parameter = r.raw().containsKey("media_key") ? "media_key" : "video_id";
        String key = r.text(parameter);
        ObjectNode video = ctx.media().require(r.account(), key, parameter, List.of("VIDEO"), List.of("16:9"));
        String mediaId = key.substring(key.indexOf('_') + 1);
        card.put("media_key", key).put("media_url", "https://video.twimg.com/amplify_video/vmap/" + mediaId + ".vmap")
                .put("video_owner_id", r.userId()).put("video_width", "16").put("video_height", "9");
        String poster = video.path("poster_media_url").asText(null);
        if (r.raw().containsKey("poster_media_key")) {
            poster = ctx.media().require(r.account(), r.text("poster_media_key"), "poster_media_key", List.of("IMAGE"), List.of())
                    .path("media_url").asText();
        }
        if (poster != null) {
            card.put("poster_media_url", poster);
        }
        if (r.raw().containsKey("unlocked_video_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_video_media_key"), "unlocked_video_media_key", List.of("VIDEO"), List.of());
        }
        if (r.raw().containsKey("unlocked_image_media_key")) {
            ctx.media().require(r.account(), r.text("unlocked_image_media_key"), "unlocked_image_media_key", List.of("IMAGE"), List.of());
        }
    }

    ObjectNode createImageDirectMessage(SandboxRequest r) {
        ObjectNode card = legacyBase(r, "IMAGE_DIRECT_MESSAGE");
        copy(r, card, DM_MEMBERS);
        card.put("recipient_user_id", r.text("recipient_user_id")).put("account_id", r.account()).putNull("preview_url");
        setDirectMessageImage(r, card);
        return card;
    }

    ObjectNode updateImageDirectMessage(SandboxRequest r, ObjectNode card) {
        copy(r, card, DM_MEMBERS);
        if (r.raw().containsKey("image_media_key") || r.raw().containsKey("image_media_id")) {
            setDirectMessageImage(r, card);
        }
        return card.put("updated_at", ctx.now());
    }

    private void setDirectMessageImage(SandboxRequest r, ObjectNode card) {
        if (r.raw().containsKey("image_media_key")) {
            String key = r.text("image_media_key");
            ObjectNode item = ctx.media().require(r.account(), key, "image_media_key", List.of("IMAGE"), List.of("1.91:1"));
            card.put("image", item.path("media_url").asText());
            dimensions(r, key, card, "image_display_width", "image_display_height", "800", "418");
        } else {
            card.put("image", "https://pbs.twimg.com/media/" + Long.toString(Long.parseLong(r.text("image_media_id")), 36) + ".jpg")
                    .put("image_display_width", "800").put("image_display_height", "418");
        }
    }

    ObjectNode createPoll(SandboxRequest r) {
        ObjectNode card = legacyBase(r, "TEXT_POLLS");
        copy(r, card, List.of("name", "first_choice", "second_choice", "third_choice", "fourth_choice"));
        int minutes = r.params().path("duration_in_minutes").asInt();
        card.put("duration_in_minutes", String.valueOf(minutes)).put("start_time", ctx.now())
                .put("end_time", Times.iso(ctx.clock().instant().plusSeconds(60L * minutes)));
        if (r.raw().containsKey("media_key")) {
            String key = r.text("media_key");
            ObjectNode item = ctx.media().require(r.account(), key, "media_key", List.of("IMAGE", "VIDEO"), List.of());
            if ("VIDEO".equals(item.path("media_type").asText())) {
                ctx.media().require(r.account(), key, "media_key", List.of("VIDEO"), List.of("16:9"));
                String mediaId = key.substring(key.indexOf('_') + 1);
                card.put("card_type", "VIDEO_POLLS")
                        .put("video_url", "https://video.twimg.com/amplify_video/vmap/" + mediaId + ".vmap")
                        .put("video_hls_url", item.path("media_url").asText()).put("video_width", "16").put("video_height", "9")
                        .put("video_poster_width", "16").put("video_poster_height", "9")
                        .put("content_duration_seconds", String.valueOf(item.path("duration").asLong() / 1000));
                if (item.hasNonNull("poster_media_url")) {
                    card.put("video_poster_url", item.get("poster_media_url").asText());
                }
            } else {
                ctx.media().require(r.account(), key, "media_key", List.of("IMAGE"), List.of("1.91:1"));
                card.put("card_type", "IMAGE_POLLS").put("media_url", item.path("media_url").asText());
                dimensions(r, key, card, "image_display_width", "image_display_height", "1280", "670");
            }
        }
        return card;
    }

    private ObjectNode legacyBase(SandboxRequest r, String cardType) {
        String now = ctx.now();
        return NODES.objectNode().put("id", ctx.ids().base36()).put("card_uri", "card://" + ctx.ids().decimal())
                .put("card_type", cardType).put("created_at", now).put("updated_at", now).put("deleted", false);
    }

    private void dimensions(SandboxRequest r, String key, ObjectNode card, String widthMember, String heightMember,
                            String defaultWidth, String defaultHeight) {
        var upload = Uploads.find(ctx.store(), r.account(), key);
        card.put(widthMember, upload.map(u -> String.valueOf(u.width())).orElse(defaultWidth))
                .put(heightMember, upload.map(u -> String.valueOf(u.height())).orElse(defaultHeight));
    }

    /** The response of a hard delete: the object as it was, flagged deleted. */
    static ObjectNode deleted(ObjectNode card, String now) {
        return card.put("deleted", true).put("updated_at", now);
    }

    static void requireFound(boolean found, Kind kind, String id, String parameter) {
        if (!found) {
            throw ApiException.notFound(kind.notFoundCode, parameter, "No " + kind.schema + " " + id + " in this account");
        }
    }
}
