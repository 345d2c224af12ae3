package com.xads.creatives.oauth1;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of an {@code application/x-www-form-urlencoded} text (a query string or a form body), decoded, in order,
 * repeated names and empty names kept: what RFC 5849 (3.4.1.3.1) signs. Empty segments ({@code a=1&&b=2}) carry no
 * pair; a segment without {@code =} is a name with an empty value.
 */
public final class FormPairs {

    private FormPairs() {
    }

    /** @throws PercentEncoding.MalformedEncodingException when a name or value is not valid percent-encoded UTF-8 */
    public static List<Param> parse(String raw) {
        List<Param> pairs = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return pairs;
        }
        for (String segment : raw.split("&", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            int eq = segment.indexOf('=');
            String name = eq < 0 ? segment : segment.substring(0, eq);
            String value = eq < 0 ? "" : segment.substring(eq + 1);
            pairs.add(new Param(PercentEncoding.decode(name, true), PercentEncoding.decode(value, true)));
        }
        return pairs;
    }

    /** The pairs as a query string or form body, each name and value percent-encoded (RFC 3986). */
    public static String format(List<Param> pairs) {
        StringBuilder out = new StringBuilder();
        for (Param p : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(PercentEncoding.encode(p.name())).append('=').append(PercentEncoding.encode(p.value()));
        }
        return out.toString();
    }
}
