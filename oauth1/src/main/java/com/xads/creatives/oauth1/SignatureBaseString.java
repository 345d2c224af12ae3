package com.xads.creatives.oauth1;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The signature base string of RFC 5849, section 3.4.1: the method in upper case, the base string URI and the
 * normalized parameters, each percent-encoded and joined by {@code &}. Parameters are normalized by encoding every
 * name and value first and then sorting by encoded name, then encoded value (3.4.1.3.2): sorting before encoding
 * orders names with reserved or non-ASCII characters differently and gives another signature.
 */
public final class SignatureBaseString {

    private SignatureBaseString() {
    }

    /**
     * @param method  the HTTP method, any token
     * @param url     the request URL; its query, if any, is not used here (pass its pairs in {@code params})
     * @param params  query pairs, form-body pairs and the oauth_* pairs of the header (without realm), decoded;
     *                oauth_signature is left out wherever it appears (3.4.1.3.1)
     */
    public static String of(String method, URI url, List<Param> params) {
        return method.toUpperCase(Locale.ROOT) + "&" + PercentEncoding.encode(baseUri(url)) + "&"
                + PercentEncoding.encode(normalized(params));
    }

    /** Scheme and host in lower case, the port only when it is not the scheme's default, the path as sent (3.4.1.2). */
    public static String baseUri(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    static String normalized(List<Param> params) {
        List<String[]> encoded = new ArrayList<>(params.size());
        for (Param p : params) {
            if (p.name().equals("oauth_signature")) {
                continue;
            }
            encoded.add(new String[] {PercentEncoding.encode(p.name()), PercentEncoding.encode(p.value())});
        }
        encoded.sort(Comparator.<String[], String>comparing(e -> e[0]).thenComparing(e -> e[1]));
        StringBuilder out = new StringBuilder();
        for (String[] e : encoded) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(e[0]).append('=').append(e[1]);
        }
        return out.toString();
    }
}
