package com.xads.creatives.sandbox.http;

import com.xads.creatives.sandbox.engine.ApiException;
import com.xads.creatives.oauth1.FormPairs;
import com.xads.creatives.oauth1.Param;
import com.xads.creatives.oauth1.PercentEncoding;
import org.glassfish.grizzly.http.server.Request;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request target, parsed once for everything that reads it (the signature check, the rate limits and the
 * contract check): the URL as sent, the decoded path under the API's base, and the query's pairs, decoded, in order,
 * with repeated and empty names kept.
 */
public record RequestTarget(URI url, String apiPath, List<Param> query) {

    /** The API's base path, under which the contract's paths are served. */
    static final String BASE = "/12";

    /**
     * The target of a request to the API handler: the URL as the client sent it (scheme, Host, raw path and query,
     * which a signature covers) and the path under {@link #BASE}, decoded.
     */
    static RequestTarget of(Request request) {
        String rawPath = request.getRequestURI();
        String rawQuery = request.getQueryString();
        URI url = URI.create(request.getScheme() + "://" + hostAndPort(request) + rawPath
                + (rawQuery == null ? "" : "?" + rawQuery));
        List<Param> query;
        String path;
        try {
            query = List.copyOf(FormPairs.parse(rawQuery));
            path = PercentEncoding.decode(rawPath, false);
        } catch (PercentEncoding.MalformedEncodingException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", "query", "The query string is not valid percent-encoded UTF-8");
        }
        return new RequestTarget(url, path.startsWith(BASE) ? path.substring(BASE.length()) : path, query);
    }

    private static String hostAndPort(Request request) {
        String host = request.getHeader("Host");
        return host != null && !host.isBlank() ? host : request.getLocalName() + ":" + request.getLocalPort();
    }

    /** The first value of a query parameter, or null. */
    public String first(String name) {
        return query.stream().filter(p -> p.name().equals(name)).map(Param::value).findFirst().orElse(null);
    }

    /** The query as one value per name; a name given twice is a 400 naming it (lists are sent comma-separated). */
    public Map<String, String> singleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Param p : query) {
            if (values.putIfAbsent(p.name(), p.value()) != null) {
                throw ApiException.badRequest("INVALID_PARAMETER", p.name(),
                        p.name() + " is given more than once; send lists comma-separated in one parameter");
            }
        }
        return values;
    }
}
