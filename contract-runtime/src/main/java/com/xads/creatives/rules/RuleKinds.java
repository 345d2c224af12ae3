package com.xads.creatives.rules;

import java.util.List;

/** Every rule kind the contract may use. */
public final class RuleKinds {

    public static final List<RuleKind> ALL = List.of(new RequiresRule(), new AtLeastOneRule(), new ExclusiveRule(),
            new ShapeRule(), new SequenceRule(), new AllowedValuesRule(), new MediaTypeRule(), new MediaMixRule(),
            new OnlyWithMediaTypeRule(), new NotLaterThanRule(), new ExistingTimeRule());

    private RuleKinds() {
    }

    /** The kind of that name; an unknown one is a contract this code cannot check, which fails loudly. */
    public static RuleKind of(String name, String ruleId) {
        for (RuleKind kind : ALL) {
            if (kind.jsonName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("rule " + ruleId + " has unknown kind '" + name + "'");
    }
}
