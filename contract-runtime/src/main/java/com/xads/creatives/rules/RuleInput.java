package com.xads.creatives.rules;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An input to one rule, as the object at its scope.
 *
 * @param member the member the violation names, relative to the scope ("" for the scope itself), or null when the
 *               input keeps the rule
 */
public record RuleInput(String variant, JsonNode value, String member) {

    public boolean breaks() {
        return member != null;
    }
}
