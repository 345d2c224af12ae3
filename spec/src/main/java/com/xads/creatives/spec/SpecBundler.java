package com.xads.creatives.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the multi-file OpenAPI document, refuses it on any parser message, and writes four files:
 * {@code openapi.yaml}/{@code openapi.json} (one file, component refs kept) and
 * {@code openapi.dereferenced.yaml}/{@code .json} (every ref inlined, for tools with weak $ref support).
 */
public final class SpecBundler {

    private SpecBundler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SpecBundler <root openapi.yaml> <output dir>");
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]);
        Files.createDirectories(out);

        OpenAPI bundled = parse(root, false);
        restoreParameterRefs(bundled);
        write(out.resolve("openapi.yaml"), Yaml.pretty(bundled));
        write(out.resolve("openapi.json"), Json.pretty(bundled));

        OpenAPI dereferenced = parse(root, true);
        write(out.resolve("openapi.dereferenced.yaml"), Yaml.pretty(dereferenced));
        write(out.resolve("openapi.dereferenced.json"), Json.pretty(dereferenced));
        System.out.println("bundled " + bundled.getPaths().size() + " paths into " + out);
    }

    static OpenAPI parse(Path root, boolean resolveFully) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(resolveFully);
        SwaggerParseResult result = new OpenAPIParser().readLocation(root.toUri().toString(), null, options);
        List<String> messages = result.getMessages();
        if (result.getOpenAPI() == null || (messages != null && !messages.isEmpty())) {
            throw new IllegalStateException("the OpenAPI document " + root + " is not clean: " + messages);
        }
        return result.getOpenAPI();
    }

    /**
     * swagger-parser resolves shared parameters into each operation even when it keeps every other kind of ref;
     * point them back at components/parameters so the bundle keeps one definition of each.
     */
    static void restoreParameterRefs(OpenAPI api) {
        Map<String, Parameter> shared = api.getComponents() == null ? null : api.getComponents().getParameters();
        if (shared == null) {
            return;
        }
        for (PathItem item : api.getPaths().values()) {
            item.setParameters(asRefs(item.getParameters(), shared));
            item.readOperations().forEach(op -> op.setParameters(asRefs(op.getParameters(), shared)));
        }
    }

    private static List<Parameter> asRefs(List<Parameter> parameters, Map<String, Parameter> shared) {
        if (parameters == null) {
            return null;
        }
        List<Parameter> result = new ArrayList<>();
        for (Parameter parameter : parameters) {
            String name = shared.entrySet().stream().filter(e -> e.getValue().equals(parameter))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            result.add(name == null ? parameter : new Parameter().$ref("#/components/parameters/" + name));
        }
        return result;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
    }
}
