package com.xads.creatives.sandbox;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Starts the sandbox and prints {@code listening on http://127.0.0.1:PORT}. */
public final class SandboxMain {

    // Held in fields so the levels stick (JUL keeps loggers weakly). Jersey warns about every resource registered
    // as an instance, which is how the controls get their state; Grizzly logs each start at INFO.
    private static final Logger JERSEY_PROVIDERS = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");
    private static final Logger GRIZZLY = Logger.getLogger("org.glassfish.grizzly");

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
        JERSEY_PROVIDERS.setLevel(Level.SEVERE);
        GRIZZLY.setLevel(Level.WARNING);
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
