package com.xads.creatives.server.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * The API sends list parameters comma-separated ({@code card_ids=a,b}: OpenAPI {@code style: form, explode: false}),
 * while JAX-RS fills a {@code List<String>} only from repeated parameters, so a generated {@code @Size(max = 200)}
 * would count one item. Register this filter and each comma-separated list parameter of the contract reaches the
 * resource method as one item per value, so item limits hold.
 */
@Provider
@PreMatching
public final class CommaSeparatedListFilter implements ContainerRequestFilter {

    private final Set<String> listParameters;

    /** Reads the list parameters from the bundled contract on the classpath (openapi/openapi.json). */
    public CommaSeparatedListFilter() {
        this(listParametersOfContract());
    }

    public CommaSeparatedListFilter(Set<String> listParameters) {
        this.listParameters = Set.copyOf(listParameters);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        URI expanded = expand(uri, listParameters);
        if (!expanded.equals(uri)) {
            request.setRequestUri(request.getUriInfo().getBaseUri(), expanded);
        }
    }

    /** Rewrites {@code name=a%2Cb} and {@code name=a,b} as {@code name=a&name=b} for the given names; the rest is kept as sent. */
    public static URI expand(URI uri, Set<String> names) {
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return uri;
        }
        StringBuilder rewritten = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? null : pair.substring(eq + 1);
            if (value != null && !value.isEmpty() && names.contains(name)) {
                for (String item : value.replace("%2C", ",").replace("%2c", ",").split(",", -1)) {
                    append(rewritten, name + "=" + item);
                }
            } else {
                append(rewritten, pair);
            }
        }
        String text = uri.toString();
        int question = text.indexOf('?');
        return URI.create(text.substring(0, question + 1) + rewritten);
    }

    private static void append(StringBuilder query, String pair) {
        query.append(query.length() == 0 ? "" : "&").append(pair);
    }

    /** Names of the query parameters declared as comma-separated arrays anywhere in the contract. */
    public static Set<String> listParametersOfContract() {
        try (InputStream in = CommaSeparatedListFilter.class.getClassLoader().getResourceAsStream("openapi/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/openapi.json is not on the classpath");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> names = new HashSet<>();
            root.path("paths").forEach(item -> item.forEach(operation -> operation.path("parameters").forEach(p -> {
                JsonNode parameter = p.has("$ref")
                        ? root.at(p.get("$ref").asText().substring(1)) : p;
                if ("query".equals(parameter.path("in").asText()) && !parameter.path("explode").asBoolean(true)
                        && "array".equals(parameter.path("schema").path("type").asText())) {
                    names.add(parameter.path("name").asText());
                }
            })));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
