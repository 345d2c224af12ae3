package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.rules.Rule;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * For one rule of one operation, a request that breaks it: the operation's first documented example request,
 * changed by what the rule's kind says, and the parameter the error must name. Rules on the members of card
 * components are broken by hand-picked components, one per rule id.
 */
public final class RuleBreakingRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Valid values for parameters a broken request adds; the documented examples do not send them all. */
    private static final Map<String, String> VALUES = Map.of("second_cta", "#two", "third_cta", "#three",
            "fourth_cta", "#four", "third_choice", "South", "fourth_choice", "North", "with_total_count", "true",
            "cursor", "8x7v00oow", "title", "a title");
    /** A media key of each type from the documented examples; the media rules judge a key by its prefix. */
    static final Map<String, String> KEY_OF_TYPE = Map.of("IMAGE", "3_931236738554519552",
            "VIDEO", "13_958388276489895936", "GIF", "16_844800354743074820");

    /**
     * A request that breaks one rule; {@code path} is below the server's base path. {@code parameter} is null for a
     * rule on the result of an update that no request can break (nothing can unset its members): the update must
     * then succeed and its result keep the rule.
     */
    public record Broken(String operationId, Rule rule, String method, String path, Map<String, String> query, JsonNode body,
                         String parameter) {
        @Override
        public String toString() {
            return operationId + " " + rule.id();
        }
    }

    private final ContractDocument document;
    private final ExampleCatalog examples;

    public RuleBreakingRequests(ContractDocument document) {
        this.document = document;
        this.examples = new ExampleCatalog(document);
    }

    /** The operation's first documented request changed to break {@code rule}, at {@code now} for time limits. */
    public Broken of(String operationId, Rule rule, Instant now) {
        ExampleCatalog.RequestExample base = examples.requests().stream()
                .filter(r -> r.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError(operationId + " has no documented request to start from"));
        String method = document.operation(operationId).method().toUpperCase();
        Map<String, String> query = new LinkedHashMap<>(base.query());
        JsonNode body = base.bodyKey() == null ? null : examples.requestBody(operationId, base.bodyKey()).deepCopy();
        String path = base.path();
        if (!rule.scopes().isEmpty()) {
            return new Broken(operationId, rule, method, path, query, componentsBreaking(rule, (ObjectNode) body),
                    componentParameter(rule));
        }
        JsonNode def = rule.definition();
        boolean inBody = body != null;
        Consumer<String> remove = name -> {
            query.remove(name);
            if (inBody) {
                ((ObjectNode) body).remove(name);
            }
        };
        String parameter;
        switch (rule.kind()) {
            case EXCLUSIVE -> {
                List<String> of = rule.strings("of");
                if (inBody) {
                    ArrayNode slides = ((ObjectNode) body).putArray(of.get(1));
                    slides.add(body.get(of.get(0)).deepCopy());
                } else {
                    of.forEach(name -> query.put(name, VALUES.get(name)));
                }
                parameter = of.get(1);
            }
            case AT_LEAST_ONE -> {
                List<String> of = rule.strings("of");
                if (rule.phase() == Rule.Phase.RESULT) {
                    // an update: unset what the stored object may hold (where the contract allows an empty value)
                    Map<String, OperationParameters.Parameter> declared = document.parameters(operationId).byName();
                    of.forEach(name -> {
                        if (declared.get(name).allowEmpty()) {
                            query.put(name, "");
                        } else {
                            remove.accept(name);
                        }
                    });
                    if (of.stream().noneMatch(name -> declared.get(name).allowEmpty())) {
                        // nothing can unset them, so no request breaks the rule: the update must keep it
                        return new Broken(operationId, rule, method, path, query, body, null);
                    }
                } else {
                    of.forEach(remove);
                }
                parameter = of.get(0);
            }
            case REQUIRES -> {
                query.put(rule.string("if"), VALUES.get(rule.string("if")));
                rule.strings("then").forEach(remove);
                parameter = rule.strings("then").get(0);
            }
            case MEDIA_TYPE -> {
                String param = rule.string("param");
                String wrongType = List.of("IMAGE", "VIDEO", "GIF").stream()
                        .filter(t -> !rule.strings("types").contains(t)).findFirst().orElseThrow();
                query.put(param, KEY_OF_TYPE.get(wrongType));
                parameter = param;
            }
            case MEDIA_MIX -> {
                query.put(rule.string("param"), KEY_OF_TYPE.get("IMAGE") + "," + KEY_OF_TYPE.get("VIDEO"));
                parameter = rule.string("param");
            }
            case EXISTING_TIME -> {
                query.put(rule.string("param"), "2027-02-30T10:00Z");
                parameter = rule.string("param");
            }
            case NOT_LATER_THAN -> {
                Duration limit = Duration.parse(rule.string("maxAhead"));
                query.put(rule.string("param"), now.plus(limit).plus(Duration.ofDays(2)).toString());
                parameter = rule.string("param");
            }
            case ONLY_WITH_MEDIA_TYPE -> {
                String media = rule.string("media");
                String wrongType = List.of("IMAGE", "VIDEO", "GIF").stream()
                        .filter(t -> !rule.strings("types").contains(t)).findFirst().orElseThrow();
                String key = KEY_OF_TYPE.get(wrongType);
                if (query.containsKey(media)) {
                    query.put(media, key);
                } else {
                    path = path.substring(0, path.lastIndexOf('/') + 1) + key;
                }
                parameter = rule.strings("params").get(0);
                query.put(parameter, VALUES.get(parameter));
            }
            default -> throw new AssertionError("no way to break a top-level " + rule.kind() + " rule: " + rule.id());
        }
        return new Broken(operationId, rule, method, path, query, body, parameter);
    }

    /** A card body of a MEDIA component and a second component that breaks the rule. */
    private static JsonNode componentsBreaking(Rule rule, ObjectNode base) {
        ObjectNode body = base.deepCopy();
        body.remove("slides");
        ArrayNode components = body.putArray("components");
        ObjectNode media = components.addObject().put("type", "MEDIA").put("media_key", KEY_OF_TYPE.get("IMAGE"));
        ObjectNode second = components.addObject();
        ObjectNode app = JSON.createObjectNode().put("type", "APP").put("country_code", "US")
                .put("googleplay_app_id", "com.twitter.android");
        switch (rule.id()) {
            case "media-then-description" -> {
                button(second, app);
                components.remove(0);
                components.add(media);
            }
            case "media-component-shape" -> {
                media.remove("media_key");
                button(second, app);
            }
            case "swipeable-media-component-shape" -> {
                media.put("type", "SWIPEABLE_MEDIA");
                button(second, app);
            }
            case "details-component-shape" -> second.put("type", "DETAILS").put("title", "X");
            case "button-component-shape" -> second.put("type", "BUTTON").set("destination", app);
            case "website-destination-only-in-details" -> second.put("type", "DETAILS").put("title", "X").set("destination", app);
            case "app-destination-only-in-button" -> button(second, JSON.createObjectNode()
                    .put("type", "WEBSITE").put("url", "https://www.x.com"));
            case "website-destination-shape" -> second.put("type", "DETAILS").put("title", "X")
                    .putObject("destination").put("type", "WEBSITE");
            case "app-destination-shape" -> button(second, without(app, "country_code"));
            case "app-destination-needs-a-store-id" -> button(second, without(app, "googleplay_app_id"));
            case "googleplay-deep-link-needs-app-id" -> button(second, without(app, "googleplay_app_id")
                    .put("ios_app_store_identifier", "333903271").put("googleplay_deep_link", "twitter://home"));
            case "ios-deep-link-needs-store-id" -> button(second, app.put("ios_deep_link", "twitter://home"));
            default -> throw new AssertionError("no card body breaks " + rule.id() + " yet");
        }
        return body;
    }

    private static String componentParameter(Rule rule) {
        return switch (rule.id()) {
            case "media-then-description" -> "components";
            case "media-component-shape" -> "components[0].media_key";
            case "swipeable-media-component-shape" -> "components[0].media_keys";
            case "details-component-shape" -> "components[1].destination";
            case "button-component-shape" -> "components[1].label";
            case "website-destination-only-in-details", "app-destination-only-in-button" -> "components[1].destination.type";
            case "website-destination-shape" -> "components[1].destination.url";
            case "app-destination-shape" -> "components[1].destination.country_code";
            case "app-destination-needs-a-store-id", "googleplay-deep-link-needs-app-id" -> "components[1].destination.googleplay_app_id";
            case "ios-deep-link-needs-store-id" -> "components[1].destination.ios_app_store_identifier";
            default -> throw new AssertionError("no parameter named for " + rule.id());
        };
    }

    private static ObjectNode without(ObjectNode node, String member) {
        ObjectNode copy = node.deepCopy();
        copy.remove(member);
        return copy;
    }

    private static void button(ObjectNode component, ObjectNode destination) {
        component.put("type", "BUTTON").putObject("label").put("type", "ENUM").put("value", "INSTALL");
        component.set("destination", destination);
    }
}
