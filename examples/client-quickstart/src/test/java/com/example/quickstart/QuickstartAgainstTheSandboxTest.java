package com.example.quickstart;

import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quickstart program, run as a user would run it, against a sandbox on a free loopback port. */
class QuickstartAgainstTheSandboxTest {

    @Test
    void runsEveryStepOfTheWorkflow() throws Exception {
        SandboxServer sandbox = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("quickstart"), false, true));
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Quickstart.main(new String[]{sandbox.uri() + "/12", "18ce54d4x5t", "756201191646691328"});
        } finally {
            System.setOut(out);
            sandbox.close();
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assertTrue(text.contains("Scheduled Tweet"), text);
        assertTrue(text.contains("card ") && text.contains("quickstart website card"), text);
        assertTrue(text.contains("refused as expected: duration_in_minutes"), text);
    }
}
