package com.xads.creatives.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.sandbox.engine.EntityContext;
import com.xads.creatives.sandbox.engine.ResourceBehaviour;
import com.xads.creatives.sandbox.engine.SandboxRequest;

import java.util.ArrayList;
import java.util.List;

import static com.xads.creatives.sandbox.engine.EntityContext.NODES;

/** The JSON (unified) cards: components or slides in the body, the card type worked out from them. */
public final class CardResource implements ResourceBehaviour {

    private final EntityContext ctx;

    public CardResource(EntityContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ObjectNode create(SandboxRequest r) {
        String id = ctx.ids().decimal();
        ObjectNode card = NODES.objectNode().put("id", id).put("name", r.body().path("name").asText());
        setComponents(r, card);
        String now = ctx.now();
        card.put("card_uri", "card://" + id).put("created_at", now).put("updated_at", now).put("deleted", false);
        return card;
    }

    @Override
    public ObjectNode update(SandboxRequest r, ObjectNode card) {
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
}
