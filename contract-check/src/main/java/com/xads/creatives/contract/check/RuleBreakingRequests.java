package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.OperationParameters;
import com.xads.creatives.rules.BreakableRequest;
import com.xads.creatives.rules.Rule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For one rule of one operation, a request that breaks it: the operation's first documented example request,
 * changed as the rule's kind says ({@code RuleKind.breakRequest}), and the parameter the error must name. Rules on the members of card
 * components are broken by hand-picked components, one per rule id.
 */
public final class RuleBreakingRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
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
        Map<String, OperationParameters.Parameter> declared = document.parameters(operationId).byName();
        BreakableRequest request = new BreakableRequest(path, query, body, now,
                name -> declared.containsKey(name) && declared.get(name).allowEmpty());
        String parameter = rule.kind().breakRequest(rule, request);
        return new Broken(operationId, rule, method, request.path(), request.query(), request.body(), parameter);
    }

    /** A card body of a MEDIA component and a second component that breaks the rule. */
    private static JsonNode componentsBreaking(Rule rule, ObjectNode base) {
        ObjectNode body = base.deepCopy();
        body.remove("slides");
        ArrayNode components = body.putArray("components");
        ObjectNode media = components.addObject().put("type", "MEDIA").put("media_key", BreakableRequest.KEY_OF_TYPE.get("IMAGE"));
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
