package com.xads.creatives.sandbox;

import java.util.concurrent.CountDownLatch;

/** Starts the sandbox and prints {@code listening on http://127.0.0.1:PORT}. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        SandboxServer server = SandboxServer.start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-shutdown"));
        System.out.println("listening on " + server.uri());
        System.out.printf("API base URL %s/12, contract %s/openapi.yaml, data in %s, signatures %s, started in %d ms%n",
                server.uri(), server.uri(), options.dataDir().toAbsolutePath(),
                options.checkSignatures() ? "checked" : "not checked", (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
