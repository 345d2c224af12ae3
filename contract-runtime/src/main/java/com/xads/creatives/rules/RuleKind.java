package com.xads.creatives.rules;

/** The kinds of {@code x-rules} entries this evaluator understands; an unknown kind fails loudly. */
public enum RuleKind {
    REQUIRES("requires"),
    AT_LEAST_ONE("atLeastOne"),
    EXCLUSIVE("exclusive"),
    SHAPE("shape"),
    SEQUENCE("sequence"),
    ALLOWED_VALUES("allowedValues"),
    MEDIA_TYPE("mediaType"),
    MEDIA_MIX("mediaMix"),
    ONLY_WITH_MEDIA_TYPE("onlyWithMediaType"),
    NOT_LATER_THAN("notLaterThan"),
    EXISTING_TIME("existingTime");

    private final String name;

    RuleKind(String name) {
        this.name = name;
    }

    public String jsonName() {
        return name;
    }

    static RuleKind of(String name, String ruleId) {
        for (RuleKind kind : values()) {
            if (kind.name.equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("rule " + ruleId + " has unknown kind '" + name + "'");
    }
}
