package com.xads.creatives.contract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writes target/coverage.md, and holds the build to it: every operation listed, every example validating. */
class CoverageReportTest {

    @Test
    void writesTheCoverageReport() throws IOException {
        CoverageReport report = new CoverageReport(Contract.DOCUMENT, Contract.SCHEMAS, Contract.REQUESTS);
        Path file = Path.of("target", "coverage.md");
        Files.createDirectories(file.getParent());
        StringBuilder fidelity = new StringBuilder("\n## Fidelity\n\n");
        fidelity.append("- ").append(RealRecordings.available() ? RealRecordings.summary()
                : "real recordings not found at " + RealRecordings.directory()).append('\n');
        Path sdkTable = Path.of("").toAbsolutePath().getParent().resolve("sandbox/src/test/resources/sdk-requests.yaml");
        if (Files.isRegularFile(sdkTable)) {
            long rows = Files.readAllLines(sdkTable).stream().filter(l -> l.matches("\\s*- \\{?\\s*sdk: .*")).count();
            fidelity.append("- SDK request shapes replayed against the sandbox: ").append(rows).append(" (sandbox SdkRequestsTest)\n");
        }
        Files.writeString(file, report.markdown() + fidelity);
        System.out.println("coverage report: " + file.toAbsolutePath());
        assertEquals(54, report.rows().size());
        assertTrue(report.rows().stream().allMatch(r -> !r.examples().isEmpty()), "every operation has examples");
        assertEquals(List.of(), report.failures());
        System.out.println("request inputs without a limit (the pages state none): " + report.unlimitedInputs().size());
        assertTrue(report.unlimitedInputs().contains("createImageConversationCard first_cta_tweet"), report.unlimitedInputs()::toString);
        assertTrue(!report.unlimitedInputs().contains("createCard body.name"), "createCard's name has its 80-character limit");
    }
}
