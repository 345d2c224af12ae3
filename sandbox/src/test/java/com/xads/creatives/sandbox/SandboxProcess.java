package com.xads.creatives.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox in a process of its own, started with {@code java -cp} the tests' class path and the options given, as a
 * user starts it: for tests that kill it with SIGKILL or run several on one database.
 */
final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final URI uri;

    private SandboxProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /** Starts it and waits for its "listening on" line; its further output is read and dropped. */
    static SandboxProcess start(String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> said = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("listening on ")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "sandbox-process-output");
                drain.setDaemon(true);
                drain.start();
                return new SandboxProcess(process, URI.create(line.substring("listening on ".length())));
            }
            said.add(line);
        }
        throw new IllegalStateException("the sandbox did not start: " + String.join("\n", said));
    }

    URI uri() {
        return uri;
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the sandbox survived SIGKILL");
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** A normal stop (SIGTERM), as when a user ends it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
