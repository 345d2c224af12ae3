package com.xads.creatives.docs;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One sentence of Markdown for one x-rule: what a request must do, and the error code it gets otherwise. */
final class RuleWording {

    private RuleWording() {
    }

    static String of(JsonNode rule) {
        String sentence = switch (rule.path("kind").asText()) {
            case "requires" -> "When " + code(rule.path("if").asText()) + " is given, " + list(rule.path("then"), "and")
                    + " must be given too.";
            case "atLeastOne" -> "Give at least one of " + list(rule.path("of"), "or") + ".";
            case "exclusive" -> "Give at most one of " + list(rule.path("of"), "and") + ".";
            case "shape" -> "A member with " + where(rule) + " needs " + list(rule.path("required"), "and")
                    + " and may hold only " + list(rule.path("allowed"), "and") + ".";
            case "sequence" -> "The items must come in this order by " + code(rule.path("property").asText()) + ": "
                    + slots(rule.path("slots")) + ".";
            case "allowedValues" -> "Where " + where(rule) + ", " + code(rule.path("property").asText()) + " may only be "
                    + list(rule.path("values"), "or") + ".";
            case "mediaType" -> code(rule.path("param").asText()) + " must be the media key of " + types(rule.path("types")) + ".";
            case "mediaMix" -> code(rule.path("param").asText()) + " takes at most " + limits(rule.path("limits"))
                    + (rule.path("mixing").asBoolean(true) ? "" : ", and media types cannot be mixed") + ".";
            case "onlyWithMediaType" -> list(rule.path("params"), "and") + " apply only when "
                    + code(rule.path("media").asText()) + " is " + types(rule.path("types")) + ".";
            case "notLaterThan" -> code(rule.path("param").asText()) + " can be at most " + period(rule.path("maxAhead").asText())
                    + " ahead of now.";
            case "existingTime" -> code(rule.path("param").asText()) + " must name a date and time that exist: one that"
                    + " the pattern lets through but the calendar does not (2027-02-30, 2027-13-01) is refused.";
            default -> "See `" + rule.path("id").asText() + "` in extensions.md.";
        };
        StringBuilder text = new StringBuilder(sentence);
        if (rule.has("scope")) {
            text.append(" Applies to ").append(list(rule.path("scope"), "and")).append('.');
        }
        if ("result".equals(rule.path("on").asText())) {
            text.append(" Checked on the object as it would be after the update.");
        }
        return text.append(" Otherwise: `").append(rule.path("code").asText()).append("`.").toString();
    }

    private static String code(String name) {
        return "`" + name + "`";
    }

    private static String list(JsonNode names, String conjunction) {
        List<String> items = new ArrayList<>();
        names.forEach(n -> items.add(code(n.asText())));
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }

    private static String where(JsonNode rule) {
        List<String> conditions = new ArrayList<>();
        rule.path("where").fields().forEachRemaining(e -> conditions.add(code(e.getKey()) + " = " + code(e.getValue().asText())));
        return String.join(" and ", conditions);
    }

    private static String slots(JsonNode slots) {
        List<String> parts = new ArrayList<>();
        slots.forEach(slot -> parts.add(list(slot, "or")));
        return String.join(", then ", parts);
    }

    private static String types(JsonNode types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(switch (t.asText()) {
            case "IMAGE" -> "an image";
            case "VIDEO" -> "a video";
            case "GIF" -> "a GIF";
            default -> "a " + t.asText();
        }));
        return String.join(" or ", names);
    }

    private static String limits(JsonNode limits) {
        Map<String, Integer> sorted = new TreeMap<>();
        limits.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asInt()));
        List<String> parts = new ArrayList<>();
        sorted.forEach((type, max) -> parts.add(max + " " + type.toLowerCase() + (max > 1 ? "s" : "")));
        return String.join(", ", parts);
    }

    private static String period(String iso) {
        java.time.Period period = java.time.Period.parse(iso);
        return period.getDays() + " days";
    }
}
