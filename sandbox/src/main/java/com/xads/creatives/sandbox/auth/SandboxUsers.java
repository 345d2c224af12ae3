package com.xads.creatives.sandbox.auth;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The built-in app and users of the sandbox, and the ads accounts each user owns. */
public final class SandboxUsers {

    public static final String CONSUMER_KEY = "sandbox-consumer-key";
    public static final String CONSUMER_SECRET = "sandbox-consumer-secret";

    /** A user: id, OAuth access token and secret, and its ads accounts. */
    public record User(String id, String token, String tokenSecret, List<String> accounts) {
    }

    public static final User FIRST = new User("756201191646691328", "756201191646691328-sandbox",
            "sandbox-token-secret", List.of("18ce54d4x5t", "18ce54bgxky"));
    public static final User SECOND = new User("1000000000000000001", "1000000000000000001-sandbox",
            "sandbox-token-secret-2", List.of("sandbox2"));
    public static final List<User> ALL = List.of(FIRST, SECOND);

    private SandboxUsers() {
    }

    /** Every ads account some user owns. */
    public static Set<String> accounts() {
        return ALL.stream().flatMap(u -> u.accounts().stream()).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<User> byToken(String token) {
        return ALL.stream().filter(u -> u.token().equals(token)).findFirst();
    }
}
