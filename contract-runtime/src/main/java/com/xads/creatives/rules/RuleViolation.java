package com.xads.creatives.rules;

/**
 * A broken rule, ready to become an API error: {@code code} and {@code message} come from the rule,
 * {@code parameter} names the input at fault (a dotted path with indexes for body members).
 */
public record RuleViolation(String ruleId, String code, String parameter, String message) {
}
