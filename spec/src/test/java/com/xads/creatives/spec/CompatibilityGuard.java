package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.ConsoleRender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The breaking-change guard: compares the contract being built with the last released one (openapi-diff) and fails
 * on a change that would break a user of the release (a removed operation, parameter or response member, a
 * narrowed type or limit, a new required input, a changed operationId) unless info.version's major number rose.
 * A type given to a response-only member the release left untyped is compatible ({@link ResponseOnlyTypings}).
 * Each version must also have its CHANGELOG.md entry.
 */
public final class CompatibilityGuard {

    /** What the comparison found; {@code breaking} is empty when users of the release are safe. */
    public record Verdict(String releasedVersion, String currentVersion, List<String> breaking,
                          List<String> responseMembersTyped, boolean changed, String report) {
        public boolean majorRaised() {
            return major(currentVersion) > major(releasedVersion);
        }

        public boolean allowed() {
            return breaking.isEmpty() || majorRaised();
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private CompatibilityGuard() {
    }

    public static void main(String[] args) throws IOException {
        Verdict verdict = compare(Files.readString(Path.of(args[0])), ReleaseErrata.read(Path.of(args[3])),
                Files.readString(Path.of(args[1])));
        String changelog = Files.readString(Path.of(args[2]));
        if (!changelog.contains("## " + verdict.currentVersion())) {
            throw new IllegalStateException("CHANGELOG.md has no entry '## " + verdict.currentVersion() + "'");
        }
        if (!verdict.allowed()) {
            throw new IllegalStateException("The contract breaks users of release " + verdict.releasedVersion()
                    + " (raise the major version of info.version to allow it):\n  - " + String.join("\n  - ", verdict.breaking())
                    + "\n" + verdict.report());
        }
        System.out.println("breaking-change guard: against release " + verdict.releasedVersion() + ", "
                + (verdict.breaking().isEmpty() ? (verdict.changed() ? "compatible changes only" : "no changes")
                : verdict.breaking().size() + " breaking changes, allowed by major version " + verdict.currentVersion())
                + (verdict.responseMembersTyped().isEmpty() ? ""
                : "; response-only members typed (compatible): " + String.join(", ", verdict.responseMembersTyped())));
    }

    public static Verdict compare(String released, String current) {
        return compare(released, ReleaseErrata.NONE, current);
    }

    /** Compares after correcting the release ({@code released/errata.yaml}) and adopting response-only typings. */
    static Verdict compare(String released, ReleaseErrata errata, String current) {
        ObjectNode releasedTree = readTree(released);
        errata.applyTo(releasedTree);
        List<String> typed = ResponseOnlyTypings.adopt(releasedTree, readTree(current));
        ChangedOpenApi diff = OpenApiCompare.fromContents(write(releasedTree), current);
        List<String> breaking = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> breaking.add("operation removed: " + e.getMethod() + " " + e.getPathUrl()
                + " (" + e.getOperation().getOperationId() + ")"));
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (op.isChanged() == DiffResult.INCOMPATIBLE) {
                breaking.add("incompatible change of " + op.getHttpMethod() + " " + op.getPathUrl()
                        + " (" + op.getNewOperation().getOperationId() + ")");
            }
        }
        breaking.addAll(renamedOperations(diff.getOldSpecOpenApi(), diff.getNewSpecOpenApi()));
        return new Verdict(diff.getOldSpecOpenApi().getInfo().getVersion(), diff.getNewSpecOpenApi().getInfo().getVersion(),
                breaking, typed, !typed.isEmpty() || diff.isCoreChanged() != DiffResult.NO_CHANGES, render(diff));
    }

    private static ObjectNode readTree(String contract) {
        try {
            return (ObjectNode) YAML.readTree(contract);
        } catch (IOException e) {
            throw new UncheckedIOException("not a contract: " + e.getMessage(), e);
        }
    }

    private static String write(ObjectNode contract) {
        try {
            return YAML.writeValueAsString(contract);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** operationIds are the client's and the stubs' method names: a new one on the same path and method breaks code. */
    private static List<String> renamedOperations(OpenAPI released, OpenAPI current) {
        List<String> renamed = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : released.getPaths().entrySet()) {
            PathItem now = current.getPaths().get(path.getKey());
            if (now == null) {
                continue;
            }
            path.getValue().readOperationsMap().forEach((method, before) -> {
                Operation after = now.readOperationsMap().get(method);
                if (after != null && before.getOperationId() != null && !before.getOperationId().equals(after.getOperationId())) {
                    renamed.add("operationId changed: " + method + " " + path.getKey() + " " + before.getOperationId()
                            + " -> " + after.getOperationId());
                }
            });
        }
        return renamed;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(diff, writer);
        } catch (IOException e) {
            return "(no report: " + e + ")";
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
