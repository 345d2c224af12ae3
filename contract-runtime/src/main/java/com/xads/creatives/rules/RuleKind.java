package com.xads.creatives.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One kind of {@code x-rules} entry, all of it in one class: how a request is checked against it, the sentence the
 * reference gives it, inputs that keep and break it (for the contract's own tests) and how a documented request is
 * changed to break it (for the contract check). The kinds are listed in {@link RuleKinds}; a kind the contract names
 * that is not there fails the build.
 */
public interface RuleKind {

    /** The name in the contract ({@code kind: requires}). */
    String jsonName();

    /** Adds the violations of the rule by one object of its scope. */
    void check(Rule rule, ScopedObject object, Clock clock, List<RuleViolation> out);

    /** One sentence of Markdown: what a request must do. */
    String words(Rule rule);

    /** Inputs at the rule's scope that break it (naming the member at fault) and that keep it, at {@code now}. */
    List<RuleInput> inputs(Rule rule, Instant now);

    /**
     * Changes a documented request so that it breaks the rule; the parameter the refusal must name, or null when no
     * request can break it (the update must then succeed and its result keep the rule).
     */
    String breakRequest(Rule rule, BreakableRequest request);
}
