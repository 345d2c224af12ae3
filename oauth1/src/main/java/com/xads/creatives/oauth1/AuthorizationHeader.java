package com.xads.creatives.oauth1;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code Authorization: OAuth ...} header of RFC 5849 (3.5.1): comma-separated, quoted, percent-encoded pairs. */
public final class AuthorizationHeader {

    private static final Pattern PAIR = Pattern.compile("\\s*([^=\\s,]+)\\s*=\\s*\"([^\"]*)\"\\s*");

    private AuthorizationHeader() {
    }

    public static String format(Map<String, String> oauthParams) {
        StringBuilder out = new StringBuilder("OAuth ");
        oauthParams.forEach((name, value) -> {
            if (out.length() > 6) {
                out.append(", ");
            }
            out.append(PercentEncoding.encode(name)).append("=\"").append(PercentEncoding.encode(value)).append('"');
        });
        return out.toString();
    }

    /**
     * The header's pairs, decoded, in order; empty when the header is absent, not of the OAuth scheme, or not a
     * well-formed list of quoted pairs (a repeated name, a pair without quotes, bad percent-encoding).
     */
    public static Optional<Map<String, String>> parse(String header) {
        if (header == null || !header.regionMatches(true, 0, "OAuth ", 0, 6)) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : header.substring(6).split(",", -1)) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PAIR.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                String name = PercentEncoding.decode(m.group(1), false);
                if (params.put(name, PercentEncoding.decode(m.group(2), false)) != null) {
                    return Optional.empty();
                }
            } catch (PercentEncoding.MalformedEncodingException e) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
