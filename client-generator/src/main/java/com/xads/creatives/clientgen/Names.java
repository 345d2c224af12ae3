package com.xads.creatives.clientgen;

import java.util.Locale;

/** Java names for the contract's names, and text made safe for javadoc. */
final class Names {

    private Names() {
    }

    /** {@code first_cta_tweet} to {@code firstCtaTweet}. */
    static String camel(String wire) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : wire.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code createPollCard} or {@code Poll Cards} to {@code CreatePollCard} or {@code PollCards}. */
    static String pascal(String name) {
        String camel = camel(name.replace(' ', '_'));
        return Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
    }

    /** An enum constant for a wire value: {@code created_at-asc} to {@code CREATED_AT_ASC}. */
    static String constant(String value) {
        String c = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        return c.isEmpty() || Character.isDigit(c.charAt(0)) ? "_" + c : c;
    }

    static String javadoc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").replaceAll("\\s+", " ").trim();
    }

    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
