package com.xads.creatives.contract.check;

import com.sun.net.httpserver.HttpServer;
import com.xads.creatives.contract.ContractDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check as a CI log shows it: short failure lines, timings in the XML, progress, a clear stop, a read-only mode. */
class CheckAsACiUserReadsItTest {

    private static final ContractDocument DOCUMENT = ContractDocument.load();

    /** What the command printed on standard output and standard error, and its exit status. */
    private record Printed(int exit, String out, String err) {
    }

    private static Printed command(String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Callable<Integer> run = () -> ContractCheckMain.run(args);
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            int exit = run.call();
            return new Printed(exit, printed.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aServerThatIsNotRunningStopsTheRunWithOneLineAndExitTwo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Printed run = command("--base-url", "http://127.0.0.1:" + port + "/12", "--auth", "none");
        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("cannot reach http://127.0.0.1:" + port + "/12"), run.err());
        assertFalse(run.out().contains("FAIL"), "no ordinary failures: " + run.out());
    }

    @Test
    void aServerThatIsNotTheApiStopsTheRunNamingWhatItAnswered() throws Exception {
        HttpServer html = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        html.createContext("/", exchange -> {
            byte[] page = "<html><body><h1>Welcome to nginx!</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        html.start();
        try {
            Printed run = command("--base-url", "http://127.0.0.1:" + html.getAddress().getPort(), "--auth", "none");
            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("does not answer as the API") && run.err().contains("text/html"), run.err());
            assertFalse(run.err().contains("<html"), run.err());
        } finally {
            html.stop(0);
        }
    }

    @Test
    void failuresAreShortLinesProgressComesPerOperationAndTheXmlHasTimes() throws Exception {
        Path xml = Files.createTempDirectory("contract-check").resolve("report.xml");
        try (ExampleServer broken = new ExampleServer(DOCUMENT, Map.of("createPollCard", ExampleServer.Defect.PLAIN_TEXT_400,
                "getPollCard", ExampleServer.Defect.EXTRA_FIELD))) {
            Printed run = command("--base-url", broken.baseUrl(), "--auth", "none",
                    "--operations", "getPollCard,createPollCard,listPollCards", "--junit-xml", xml.toString());
            assertEquals(1, run.exit(), run.toString());
            List<String> failures = run.out().lines().filter(l -> l.startsWith("FAIL ")).toList();
            assertTrue(failures.size() > 1, run.out());
            for (String line : failures) {
                assertTrue(line.length() <= 300, line.length() + " characters: " + line);
            }
            assertTrue(run.out().contains("  getPollCard: documented requests, "), run.out());
            assertTrue(run.out().contains("  createPollCard: refusals, "), run.out());
            String report = Files.readString(xml);
            assertTrue(report.matches("(?s).*<testsuite [^>]*time=\"[0-9]+\\.[0-9]{3}\".*"), report);
            assertTrue(report.matches("(?s).*<testcase [^>]*time=\"[0-9]+\\.[0-9]{3}\".*"), report);
        }
    }

    @Test
    void withoutWritesOnlyReadsAreSent() throws Exception {
        try (ExampleServer server = new ExampleServer(DOCUMENT, Map.of())) {
            CheckReport report = ContractCheck.against(server.baseUrl())
                    .operations(Set.of("listPollCards", "getPollCard", "createPollCard", "deletePollCard"))
                    .withoutWrites().run();
            assertTrue(report.passed(), report::summary);
            assertTrue(report.results().size() > 5, report::summary);
            assertEquals(Set.of("GET"), report.results().stream().map(r -> r.probe().method())
                    .collect(java.util.stream.Collectors.toSet()), report::summary);
        }
    }

    @Test
    void theNoWritesFlagOfTheCommand() throws Exception {
        try (ExampleServer server = new ExampleServer(DOCUMENT, Map.of())) {
            Printed run = command("--base-url", server.baseUrl(), "--auth", "none", "--no-writes",
                    "--operations", "getPollCard,createPollCard", "--junit-xml",
                    Files.createTempDirectory("cc").resolve("r.xml").toString());
            assertEquals(0, run.exit(), run.toString());
            assertFalse(run.out().contains("createPollCard"), run.out());
        }
    }

    @Test
    void aLongDifferenceIsCutInTheLineAndWholeInTheXml() throws IOException {
        Probe probe = new Probe("getPollCard", "documented request", "GET", "/accounts/a/cards/poll/1", Map.of(), null,
                new Probe.Success(Probe.DataCheck.NONE));
        CheckReport.Result result = new CheckReport.Result(probe, 500, List.of("x".repeat(1000)), 3);
        assertTrue(result.line().length() < 250, result.line());
        Path xml = Files.createTempDirectory("contract-check").resolve("one.xml");
        new CheckReport("http://127.0.0.1:1/12", List.of(result)).writeJUnitXml(xml);
        assertTrue(Files.readString(xml).contains("x".repeat(1000)));
    }
}
