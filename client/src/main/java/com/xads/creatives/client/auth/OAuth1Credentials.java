package com.xads.creatives.client.auth;

import java.util.Objects;

/** The four OAuth 1.0a user-context secrets. {@link #toString()} never prints a secret. */
public record OAuth1Credentials(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {

    public OAuth1Credentials {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenSecret, "accessTokenSecret");
    }

    @Override
    public String toString() {
        return "OAuth1Credentials[consumerKey=" + consumerKey + ", accessToken=" + accessToken + ", secrets=***]";
    }
}
