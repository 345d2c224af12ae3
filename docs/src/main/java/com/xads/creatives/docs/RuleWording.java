package com.xads.creatives.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.rules.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of Markdown for one x-rule: what a request must do (the words of its kind), where it applies, and
 * the error code it gets otherwise. A kind the rules library does not know stops the build.
 */
final class RuleWording {

    private RuleWording() {
    }

    static String of(JsonNode node) {
        Rule rule = Rule.fromJson(node);
        StringBuilder text = new StringBuilder(rule.kind().words(rule));
        if (!rule.scopes().isEmpty()) {
            List<String> scopes = new ArrayList<>();
            rule.scopes().forEach(scope -> scopes.add("`" + scope + "`"));
            text.append(" Applies to ").append(scopes.size() == 1 ? scopes.get(0)
                    : String.join(", ", scopes.subList(0, scopes.size() - 1)) + " and " + scopes.get(scopes.size() - 1)).append('.');
        }
        if (rule.phase() == Rule.Phase.RESULT) {
            text.append(" Checked on the object as it would be after the update.");
        }
        return text.append(" Otherwise: `").append(rule.code()).append("`.").toString();
    }
}
