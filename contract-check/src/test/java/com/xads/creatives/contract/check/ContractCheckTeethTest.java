package com.xads.creatives.contract.check;

import com.xads.creatives.contract.ContractDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract check passes a server that follows the contract and reports each defect of a deliberately broken
 * one: a missing member, a wrong type, an undocumented member, a wrong status, a 500 for bad input, and a 400 that
 * is not in the error format.
 */
class ContractCheckTeethTest {

    private static final ContractDocument DOCUMENT = ContractDocument.load();
    private static final Set<String> POLL_CARDS = Set.of("listPollCards", "getPollCard", "createPollCard", "deletePollCard");

    private static CheckReport check(Map<String, ExampleServer.Defect> defects, Set<String> operations) throws Exception {
        try (ExampleServer server = new ExampleServer(DOCUMENT, defects)) {
            return ContractCheck.against(server.baseUrl()).operations(operations).run();
        }
    }

    @Test
    void aServerThatFollowsTheContractPasses() throws Exception {
        CheckReport report = check(Map.of(), POLL_CARDS);
        assertTrue(report.passed(), report::summary);
        assertTrue(report.results().size() > 30, report::summary);
        assertTrue(report.results().stream().anyMatch(r -> r.probe().name().startsWith("after a hard delete")),
                "the life cycle of a created poll card is followed: " + report.summary());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "MISSING_FIELD, getPollCard, required property 'id' not found",
            "WRONG_TYPE, listPollCards, integer found, string expected",
            "EXTRA_FIELD, getPollCard, undocumented_member",
            "WRONG_STATUS, getPollCard, status 201 is not documented",
            "SERVER_ERROR_ON_BAD_INPUT, createPollCard, status 500, expected 400",
            "PLAIN_TEXT_400, createPollCard, content type is text/plain"
    })
    void eachDefectIsReported(ExampleServer.Defect defect, String operationId, String expectedDifference) throws Exception {
        CheckReport report = check(Map.of(operationId, defect), POLL_CARDS);
        assertFalse(report.passed());
        assertEquals(Set.of(operationId), report.failures().stream().map(r -> r.probe().operationId())
                .collect(java.util.stream.Collectors.toSet()), report::summary);
        assertTrue(report.failures().stream().anyMatch(r -> String.join("; ", r.differences()).contains(expectedDifference)),
                report::summary);
        assertTrue(report.summary().contains("FAIL " + operationId), report::summary);
    }

    @Test
    void theCommandExitsNonZeroAndWritesJUnitXml() throws Exception {
        Path xml = Files.createTempDirectory("contract-check").resolve("report.xml");
        try (ExampleServer broken = new ExampleServer(DOCUMENT, Map.of("getPollCard", ExampleServer.Defect.EXTRA_FIELD));
             ExampleServer faithful = new ExampleServer(DOCUMENT, Map.of())) {
            PrintStream out = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true));
            int failing;
            int passing;
            try {
                failing = ContractCheckMain.run(new String[]{"--base-url", broken.baseUrl(), "--auth", "none",
                        "--operations", "getPollCard,listPollCards", "--junit-xml", xml.toString()});
                passing = ContractCheckMain.run(new String[]{"--base-url", faithful.baseUrl(), "--auth", "none",
                        "--operations", "getPollCard", "--junit-xml", xml.resolveSibling("ok.xml").toString()});
            } finally {
                System.setOut(out);
            }
            assertEquals(1, failing, printed::toString);
            assertEquals(0, passing, printed::toString);
            assertTrue(printed.toString().contains("FAIL getPollCard"), printed::toString);
            assertTrue(printed.toString().contains("PASS listPollCards"), printed::toString);
            String report = Files.readString(xml);
            assertTrue(report.contains("<failure message=") && report.contains("classname=\"getPollCard\""), report);
        }
    }

    @Test
    void usageMistakesExitWithTwo() throws Exception {
        assertEquals(2, ContractCheckMain.run(new String[]{"--base-url", "not a url", "--auth", "none"}));
        assertEquals(2, ContractCheckMain.run(new String[]{"--base-url", "http://127.0.0.1:9/12"}));
        assertEquals(2, ContractCheckMain.run(new String[]{"--base-url", "http://127.0.0.1:9/12", "--auth", "none",
                "--operations", "noSuchOperation"}));
    }
}
