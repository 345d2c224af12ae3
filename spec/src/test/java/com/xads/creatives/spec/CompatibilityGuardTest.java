package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guard passes the release against itself and additive changes, and refuses each kind of breaking change. */
class CompatibilityGuardTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String POLLS = "/accounts/{account_id}/cards/poll";
    private static String released;

    @BeforeAll
    static void read() throws IOException {
        released = Files.readString(Path.of("released/openapi.yaml"));
    }

    private static String changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode contract = (ObjectNode) YAML.readTree(released);
        change.accept(contract);
        return YAML.writeValueAsString(contract);
    }

    private static ObjectNode op(ObjectNode contract, String path, String method) {
        return (ObjectNode) contract.path("paths").path(path).path(method);
    }

    @Test
    void theReleaseAgainstItselfHasNoChanges() {
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, released);
        assertEquals(List.of(), verdict.breaking());
        assertFalse(verdict.changed());
    }

    @Test
    void additiveChangesPass() throws IOException {
        String current = changed(contract -> {
            ((ArrayNode) op(contract, POLLS, "get").path("parameters")).addObject().put("name", "color").put("in", "query")
                    .putObject("schema").put("type", "string");
            ObjectNode stats = ((ObjectNode) contract.path("paths")).putObject(POLLS + "/{card_id}/stats").putObject("get");
            stats.put("operationId", "getPollCardStats").putArray("tags").add("Poll Cards");
            stats.putObject("responses").putObject("200").put("description", "Success.");
            ((ObjectNode) contract.path("components").path("schemas").path("PollCard").path("properties"))
                    .putObject("votes").put("type", "string");
        });
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, current);
        assertEquals(List.of(), verdict.breaking(), verdict.report());
        assertTrue(verdict.changed());
    }

    static Stream<Arguments> breakingChanges() {
        return Stream.of(
                Arguments.of("operation removed", (Consumer<ObjectNode>) c -> ((ObjectNode) c.path("paths").path(POLLS)).remove("post"),
                        "operation removed: POST " + POLLS),
                Arguments.of("parameter removed", (Consumer<ObjectNode>) c -> ((ArrayNode) op(c, POLLS, "get").path("parameters")).remove(4),
                        "listPollCards"),
                Arguments.of("response member removed", (Consumer<ObjectNode>) c ->
                        ((ObjectNode) c.path("components").path("schemas").path("PollCard").path("properties")).remove("name"),
                        "getPollCard"),
                Arguments.of("type narrowed", (Consumer<ObjectNode>) c ->
                        ((ObjectNode) c.path("components").path("parameters").path("CardNameQuery").path("schema")).put("maxLength", 10),
                        "listPollCards"),
                Arguments.of("new required input", (Consumer<ObjectNode>) c ->
                        ((ObjectNode) c.path("components").path("parameters").path("CardNameQuery")).put("required", true),
                        "listPollCards"),
                Arguments.of("operationId changed", (Consumer<ObjectNode>) c -> op(c, POLLS, "get").put("operationId", "pollCards"),
                        "operationId changed: GET " + POLLS + " listPollCards -> pollCards"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingChanges")
    void breakingChangesAreRefused(String what, Consumer<ObjectNode> change, String expected) throws IOException {
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, changed(change));
        assertFalse(verdict.allowed(), what + " passed: " + verdict.report());
        assertTrue(verdict.breaking().stream().anyMatch(b -> b.contains(expected)), verdict.breaking().toString());
    }

    private static final Consumer<ObjectNode> TYPE_ERROR_VALUE = c -> ((ObjectNode) c.path("components").path("schemas")
            .path("ApiError").path("properties")).putObject("value").putArray("oneOf").addObject().put("type", "string");

    @Test
    void typingAnUntypedMemberOfAResponseOnlySchemaIsCompatible() throws IOException {
        ReleaseErrata errata = ReleaseErrata.read(Path.of("released/errata.yaml"));
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, errata, changed(TYPE_ERROR_VALUE));
        assertEquals(List.of(), verdict.breaking(), verdict.report());
        assertEquals(List.of("ApiError.value"), verdict.responseMembersTyped());
        assertTrue(verdict.changed());
    }

    @Test
    void withoutTheReleaseCorrectionTheReleasedObjectTypeMakesItARetyping() throws IOException {
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, changed(TYPE_ERROR_VALUE));
        assertEquals(List.of(), verdict.responseMembersTyped());
        assertFalse(verdict.allowed(), verdict.report());
    }

    @Test
    void aCorrectionThatNamesNothingInTheReleaseIsRefused() {
        ReleaseErrata wrong = new ReleaseErrata(List.of(new ReleaseErrata.Correction("/components/schemas/ApiError/properties/code", "items")));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CompatibilityGuard.compare(released, wrong, released));
        assertTrue(refused.getMessage().contains("/components/schemas/ApiError/properties/code"), refused.getMessage());
    }

    @Test
    void typingAnUntypedMemberARequestReachesBreaks() throws IOException {
        Consumer<ObjectNode> untypedInRequests = c -> ((ObjectNode) c.path("components").path("schemas")
                .path("CardComponent").path("properties")).putObject("extra").put("description", "Anything.");
        String before = changed(untypedInRequests);
        String after = changed(untypedInRequests.andThen(c -> ((ObjectNode) c.at("/components/schemas/CardComponent/properties/extra"))
                .put("type", "string")));
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(before, after);
        assertEquals(List.of(), verdict.responseMembersTyped());
        assertFalse(verdict.allowed(), verdict.report());
    }

    @Test
    void retypingATypedMemberOfAResponseOnlySchemaBreaks() throws IOException {
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, changed(c -> ((ObjectNode) c
                .at("/components/schemas/ApiError/properties/code")).put("type", "integer")));
        assertEquals(List.of(), verdict.responseMembersTyped());
        assertFalse(verdict.allowed(), verdict.report());
    }

    @Test
    void aNewMajorVersionAllowsBreakingChanges() throws IOException {
        String current = changed(c -> {
            ((ObjectNode) c.path("paths").path(POLLS)).remove("post");
            ((ObjectNode) c.path("info")).put("version", "2.0.0");
        });
        CompatibilityGuard.Verdict verdict = CompatibilityGuard.compare(released, current);
        assertFalse(verdict.breaking().isEmpty());
        assertTrue(verdict.majorRaised());
        assertTrue(verdict.allowed());
    }

    @Test
    void theBuildStepFailsOnABreakingChangeAndOnAMissingChangelogEntry() throws IOException {
        Path dir = Files.createTempDirectory("guard");
        Path releasedFile = Files.writeString(dir.resolve("released.yaml"), released);
        Path broken = Files.writeString(dir.resolve("current.yaml"), changed(c -> ((ObjectNode) c.path("paths").path(POLLS)).remove("post")));
        Path changelog = Files.writeString(dir.resolve("CHANGELOG.md"), "## 1.0.0\n");
        Path errata = Path.of("released/errata.yaml");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () ->
                CompatibilityGuard.main(new String[]{releasedFile.toString(), broken.toString(), changelog.toString(), errata.toString()}));
        assertTrue(refused.getMessage().contains("createPollCard"), refused.getMessage());
        Path bumped = Files.writeString(dir.resolve("bumped.yaml"), changed(c -> ((ObjectNode) c.path("info")).put("version", "1.1.0")));
        IllegalStateException noEntry = assertThrows(IllegalStateException.class, () ->
                CompatibilityGuard.main(new String[]{releasedFile.toString(), bumped.toString(), changelog.toString(), errata.toString()}));
        assertTrue(noEntry.getMessage().contains("## 1.1.0"), noEntry.getMessage());
    }
}
