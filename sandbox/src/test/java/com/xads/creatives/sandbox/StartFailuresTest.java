package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a new user meets first: --help, a busy port, an address not of this machine and a data directory already in use
 * each get one clear line.
 */
class StartFailuresTest {

    @TempDir
    Path dir;

    /** Runs the command with this test's class path; its exit status, standard output and standard error. */
    private static List<String> command(String... args) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
        line.addAll(List.of(args));
        Process p = new ProcessBuilder(line).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the command did not end");
        }
        return List.of(String.valueOf(p.exitValue()), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheOptions() throws Exception {
        List<String> run = command("--help");
        assertEquals("0", run.get(0));
        for (String option : List.of("--port", "--host", "--data-dir", "--auth", "--rate-limits", "--seed", "--strict-parameters")) {
            assertTrue(run.get(1).contains(option), option + " in\n" + run.get(1));
        }
    }

    @Test
    void aBusyPortIsOneLineAndExitTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> run = command("--port", String.valueOf(taken.getLocalPort()), "--data-dir", dir.toString(),
                    "--auth", "none");
            assertEquals("2", run.get(0), run.get(2));
            assertEquals(List.of("port " + taken.getLocalPort() + " on 127.0.0.1 is in use: stop what listens there or"
                    + " start the sandbox with another --port (0 takes any free one)"), run.get(2).strip().lines().toList());
        }
    }

    @Test
    void aHostOfAnotherMachineIsOneLineAndExitTwo() throws Exception {
        // 192.0.2.1 is kept for documentation (RFC 5737): never an address of this machine; binding fails at once
        List<String> run = command("--host", "192.0.2.1", "--port", "0", "--data-dir", dir.toString(), "--auth", "none");
        assertEquals("2", run.get(0), run.get(2));
        assertEquals(List.of("--host 192.0.2.1 is not an address of this machine: give one of its own, 127.0.0.1 (the"
                + " default) or 0.0.0.0 (every interface)"), run.get(2).strip().lines().toList());
    }

    @Test
    void aDataDirectoryInUseIsOneLineAndExitTwo() throws Exception {
        try (TestSandbox first = TestSandbox.startOnItsH2File(dir, false)) {
            List<String> run = command("--port", "0", "--data-dir", dir.toString(), "--auth", "none");
            assertEquals("2", run.get(0), run.get(2));
            assertEquals(List.of("data directory " + dir.toAbsolutePath() + " is in use by another sandbox: stop that one"
                    + " or start this one with another --data-dir"), run.get(2).strip().lines().toList());
            assertEquals(200, first.send("GET", "/12/accounts/18ce54d4x5t/cards/poll/57i8t", java.util.Map.of(), null).status(),
                    "the first sandbox keeps serving");
        }
    }
}
