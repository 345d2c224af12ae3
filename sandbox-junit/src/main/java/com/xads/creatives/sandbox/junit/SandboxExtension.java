package com.xads.creatives.sandbox.junit;

import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.auth.OAuth1Credentials;
import com.xads.creatives.sandbox.SandboxOptions;
import com.xads.creatives.sandbox.SandboxServer;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.journal.RequestJournal;
import com.xads.creatives.sandbox.seed.SeedSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A sandbox for a test class: register it as a static field with {@code @RegisterExtension}. It starts before the
 * class's tests, in this JVM, on a free loopback port with a new temporary data directory, and stops after them;
 * it is reset before each test ({@link Builder#resetOncePerClass()} keeps state across the class's tests instead).
 * <pre>{@code
 * @RegisterExtension
 * static final SandboxExtension SANDBOX = SandboxExtension.builder().build();
 * }</pre>
 */
public final class SandboxExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final boolean signed;
    private final boolean resetBeforeEach;
    private final boolean rateLimits;
    private final SeedSource seed;
    private SandboxServer server;
    private Path dataDir;
    private Duration startTime;
    private Duration lastResetTime;

    private SandboxExtension(Builder builder) {
        this.signed = builder.signed;
        this.resetBeforeEach = builder.resetBeforeEach;
        this.rateLimits = builder.rateLimits;
        this.seed = builder.seed;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        long started = System.nanoTime();
        dataDir = Files.createTempDirectory("creatives-sandbox");
        server = SandboxServer.start(new SandboxOptions(0, dataDir.resolve("data"), signed, rateLimits).withSeed(seed));
        startTime = Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Back to the seed, the clock to now, no faults waiting, an empty journal ({@code POST /_sandbox/reset}). */
    public void reset() {
        long started = System.nanoTime();
        running().reset();
        lastResetTime = Duration.ofNanos(System.nanoTime() - started);
    }

    /** The API's base URL, {@code http://127.0.0.1:PORT/12}. */
    public String baseUrl() {
        return running().uri() + "/12";
    }

    /** The sandbox's own address: its controls are under {@code /_sandbox/}, its reference under {@code /docs/}. */
    public URI uri() {
        return running().uri();
    }

    /** A client of the API at {@link #baseUrl()}, signed as the first built-in user when the sandbox checks signatures. */
    public AdsApiClient client() {
        return client(b -> b);
    }

    /** The same, with more settings (a retry policy, timeouts, a log) made on its builder. */
    public AdsApiClient client(UnaryOperator<AdsApiClient.Builder> settings) {
        AdsApiClient.Builder builder = AdsApiClient.builder().baseUrl(baseUrl());
        builder = signed ? builder.credentials(credentials(SandboxUsers.FIRST)) : builder.unsigned();
        return settings.apply(builder).build();
    }

    /** The OAuth 1.0a credentials of a built-in user (its consumer key and secret are the sandbox app's). */
    public static OAuth1Credentials credentials(SandboxUsers.User user) {
        return new OAuth1Credentials(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET, user.token(), user.tokenSecret());
    }

    /** Faults for the next matching requests. */
    public FaultControls faults() {
        return new FaultControls(running().faults());
    }

    /** The requests the API paths received since the last reset. */
    public RequestJournal journal() {
        return running().journal();
    }

    /** How long the start took (the data directory, the migrations, the seed, the HTTP server). */
    public Duration startTime() {
        return startTime;
    }

    /** How long the latest reset took, or null before the first. */
    public Duration lastResetTime() {
        return lastResetTime;
    }

    private SandboxServer running() {
        if (server == null) {
            throw new IllegalStateException("the sandbox runs from before the first test of the class to after the last:"
                    + " register the extension on a static field with @RegisterExtension");
        }
        return server;
    }

    public static final class Builder {
        private boolean signed = true;
        private boolean resetBeforeEach = true;
        private boolean rateLimits = true;
        private SeedSource seed = new SeedSource.Documented();

        private Builder() {
        }

        /** Accept unsigned requests (the sandbox's --auth none); the client is then unsigned too. */
        public Builder unsigned() {
            signed = false;
            return this;
        }

        /** Reset once, before the class's first test, instead of before each test. */
        public Builder resetOncePerClass() {
            resetBeforeEach = false;
            return this;
        }

        /** No 429s from the API's own limits (faults can still ask for one). */
        public Builder withoutRateLimits() {
            rateLimits = false;
            return this;
        }

        /** Start from nothing instead of the documented objects. */
        public Builder emptySeed() {
            seed = new SeedSource.Empty();
            return this;
        }

        /** Start from the seed files of a directory (see the README's "Seeds"). */
        public Builder seed(Path directory) {
            seed = new SeedSource.Directory(directory);
            return this;
        }

        public SandboxExtension build() {
            return new SandboxExtension(this);
        }
    }
}
