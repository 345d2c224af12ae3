package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.seed.SeedException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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

    /** One request of each kind, so the classes they need are loaded (and land in a class-data archive). */
    private static void exerciseOnce(SandboxServer server) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String cards = server.uri() + "/12/accounts/18ce54d4x5t/cards/poll";
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(URI.create(server.uri() + "/openapi.json")).build(),
                HttpRequest.newBuilder(URI.create(server.uri() + "/docs/")).build(),
                HttpRequest.newBuilder(URI.create(cards)).build(),
                HttpRequest.newBuilder(URI.create(cards + "/57i8t")).build(),
                HttpRequest.newBuilder(URI.create(cards + "?count=0")).build(),
                HttpRequest.newBuilder(URI.create(server.uri() + "/_sandbox/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpRequest.newBuilder(URI.create(cards + "?name=x&duration_in_minutes=60&first_choice=a&second_choice=b"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build())) {
            System.out.println(request.method() + " " + request.uri().getPath() + " -> "
                    + http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        server.close();
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(SandboxOptions.help());
            return;
        }
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
        if (options.exitAfterStart()) {
            // a new directory, so the migrations and the seeding run and their classes are loaded too
            options = options.withDataDir(java.nio.file.Files.createTempDirectory("sandbox-exercise").resolve("data"));
        }
        long started = System.nanoTime();
        SandboxServer server;
        try {
            server = SandboxServer.start(options);
        } catch (StartFailure | SeedException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sandbox-shutdown"));
        System.out.println("listening on " + server.uri());
        System.out.printf("API base URL %s/12, contract %s/openapi.yaml, data in %s, signatures %s, started in %d ms%n",
                server.uri(), server.uri(), options.database() != null ? options.database() : options.dataDir().toAbsolutePath(),
                options.checkSignatures() ? "checked" : "not checked", (System.nanoTime() - started) / 1_000_000);
        System.out.flush();
        if (options.exitAfterStart()) {
            exerciseOnce(server);
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(options.dataDir().getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
            System.exit(0);
        }
        new CountDownLatch(1).await();
    }
}
