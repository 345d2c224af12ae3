package com.xads.creatives.contract;

import com.xads.creatives.oauth1.FormPairs;
import com.xads.creatives.oauth1.Param;

import java.util.Map;

/** Query strings as the API's clients send them: UTF-8 percent-encoding (RFC 3986), spaces as %20. */
public final class QueryStrings {

    private QueryStrings() {
    }

    /** {@code ?a=1&b=x%20y}, or the empty string for no parameters. */
    public static String encode(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        return "?" + FormPairs.format(query.entrySet().stream().map(e -> new Param(e.getKey(), e.getValue())).toList());
    }
}
