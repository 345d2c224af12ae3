package com.xads.creatives.contract;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Query strings as the API's clients send them: UTF-8 percent-encoding, spaces as %20. */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code ?a=1&b=x%20y}, or the empty string for no parameters. */
    public static String encode(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        StringJoiner joined = new StringJoiner("&", "?", "");
        query.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        return joined.toString();
    }
}
