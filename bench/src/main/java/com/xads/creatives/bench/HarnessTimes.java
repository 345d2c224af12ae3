package com.xads.creatives.bench;

import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.SandboxServer;

import java.nio.file.Files;
import java.util.Arrays;

/**
 * What the JUnit extension costs a test class: a sandbox started in this (new) JVM as the extension starts it, then
 * RESETS resets as it runs before each test; prints "start MS reset-median MS reset-max MS" for bench/harness.sh.
 */
public final class HarnessTimes {

    private HarnessTimes() {
    }

    public static void main(String[] args) throws Exception {
        int resets = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long started = System.nanoTime();
        try (SandboxServer server = SandboxServer.start(new SandboxOptions(0,
                Files.createTempDirectory("harness").resolve("data"), true, true))) {
            long start = (System.nanoTime() - started) / 1_000_000;
            long[] times = new long[resets];
            for (int i = 0; i < resets; i++) {
                long t = System.nanoTime();
                server.reset();
                times[i] = (System.nanoTime() - t) / 1_000;
            }
            Arrays.sort(times);
            System.out.printf("start %d reset-median %.1f reset-max %.1f%n", start, times[resets / 2] / 1000.0,
                    times[resets - 1] / 1000.0);
        }
        System.exit(0);
    }
}
