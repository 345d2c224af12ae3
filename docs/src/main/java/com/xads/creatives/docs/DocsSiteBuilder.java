package com.xads.creatives.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the static API reference: the bundled contract beside a Swagger UI page (the UI's files copied from its
 * webjar, so the site works offline and from the file system), and a landing page on the guides' workflow. The
 * reference's copy of the contract carries the x-rules and the documented query-string requests as Markdown in each
 * operation's description, since the UI does not render our extensions.
 */
public final class DocsSiteBuilder {

    static final List<String> UI_FILES = List.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private DocsSiteBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        String uiVersion = args[1];
        Files.createDirectories(site.resolve("ui"));
        ObjectNode contract = (ObjectNode) JSON.readTree(resource("/openapi/openapi.json"));
        copy("/openapi/openapi.json", site.resolve("openapi.json"));
        copy("/openapi/openapi.yaml", site.resolve("openapi.yaml"));
        for (String file : UI_FILES) {
            copy("/META-INF/resources/webjars/swagger-ui/" + uiVersion + "/" + file, site.resolve("ui").resolve(file));
        }
        ObjectNode reference = contract.deepCopy();
        describeExtensions(reference);
        Files.writeString(site.resolve("reference-spec.js"),
                "window.CREATIVES_CONTRACT = " + JSON.writeValueAsString(reference) + ";\n");
        copy("/docs-template/reference.html", site.resolve("reference.html"));
        copy("/docs-template/site.css", site.resolve("site.css"));
        String landing = new String(resource("/docs-template/index.html"), StandardCharsets.UTF_8)
                .replace("<!--OPERATIONS-->", operationTable(contract))
                .replace("<!--VERSION-->", contract.path("info").path("version").asText())
                .replace("<!--UNKNOWN_PARAMETERS-->", unknownParameters(contract));
        Files.writeString(site.resolve("index.html"), landing);
        System.out.println("docs site written to " + site);
    }

    /** The contract's x-unknown-parameters in words, as a conventions item. */
    static String unknownParameters(JsonNode contract) {
        String mode = contract.path("x-unknown-parameters").asText("");
        if (!mode.equals("ignored")) {
            throw new IllegalStateException("x-unknown-parameters is '" + mode + "'; the docs know only 'ignored'");
        }
        return "<li>A parameter an operation does not declare, and a read-only member sent back on an update (<code>id</code>,"
                + " <code>created_at</code>, ...), is ignored, not refused; a path parameter repeated in the query must have the"
                + " path's value (<code>x-unknown-parameters: ignored</code>).</li>";
    }

    /** Appends the rules and the documented requests of each operation to its description. */
    static void describeExtensions(ObjectNode contract) {
        contract.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op == null) {
                return;
            }
            StringBuilder more = new StringBuilder();
            JsonNode rules = op.path("x-rules");
            if (!rules.isEmpty()) {
                more.append("\n\n**Rules**\n");
                rules.forEach(rule -> more.append("\n- ").append(RuleWording.of(rule)));
            }
            JsonNode requests = op.path("x-request-examples");
            if (!requests.isEmpty()) {
                more.append("\n\n**Documented requests**\n");
                requests.fields().forEachRemaining(r -> more.append("\n- ").append(r.getValue().path("summary").asText())
                        .append(": `").append(method.toUpperCase()).append(' ').append(r.getValue().path("path").asText())
                        .append(query(r.getValue().path("query"))).append('`')
                        .append(r.getValue().has("body") ? " with the request body example `" + r.getValue().path("body").asText() + "`" : ""));
            }
            if (op.path("deprecated").asBoolean(false)) {
                more.append("\n\n*Documented only for API v4; kept so older integrations can be checked.*");
            }
            ((ObjectNode) op).put("description", op.path("description").asText("") + more);
        }));
    }

    private static String query(JsonNode query) {
        StringBuilder text = new StringBuilder();
        query.fields().forEachRemaining(p -> text.append(text.length() == 0 ? '?' : '&').append(p.getKey()).append('=')
                .append(URLEncoder.encode(p.getValue().asText(), StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":")
                        .replace("+", "%20")));
        return text.toString();
    }

    /** The operations by tag, each linked to its section of the reference (Swagger UI's deep links). */
    static String operationTable(JsonNode contract) {
        Map<String, StringBuilder> byTag = new TreeMap<>();
        contract.path("paths").fields().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode op = path.getValue().get(method);
            if (op == null) {
                return;
            }
            String tag = op.path("tags").path(0).asText();
            byTag.computeIfAbsent(tag, t -> new StringBuilder()).append("<li><a href=\"reference.html#/")
                    .append(tag.replace(" ", "%20")).append('/').append(op.path("operationId").asText()).append("\"><code>")
                    .append(method.toUpperCase()).append(' ').append(escape(path.getKey())).append("</code></a> ")
                    .append(escape(op.path("summary").asText()))
                    .append(op.path("deprecated").asBoolean(false) ? " <em>(v4 only)</em>" : "").append("</li>\n");
        }));
        StringBuilder html = new StringBuilder();
        byTag.forEach((tag, items) -> html.append("<h3>").append(escape(tag)).append("</h3>\n<ul>\n").append(items).append("</ul>\n"));
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] resource(String name) {
        try (InputStream in = DocsSiteBuilder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the build's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.write(target, resource(resource));
    }
}
