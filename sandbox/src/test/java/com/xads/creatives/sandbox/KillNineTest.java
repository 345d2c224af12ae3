package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox, in a process of its own on a machine whose cores are kept busy, is killed with SIGKILL while eight
 * writers create Draft Tweets as fast as it answers (rate limits off, so they never pause); started again on the same
 * data directory it holds every write it had answered 200, and takes new writes. The kill comes at an event (the
 * number of answered writes), not after a sleep, so a slow machine only makes the test take longer.
 */
class KillNineTest {

    private static final String DRAFTS = "/12/accounts/18ce54d4x5t/draft_tweets";
    private static final int WRITES_BEFORE_KILL = 300;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static SandboxProcess start(Path dir) throws IOException {
        return SandboxProcess.start("--port", "0", "--auth", "none", "--rate-limits", "off", "--data-dir", dir.toString());
    }

    private static HttpResponse<String> send(String base, String method, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Busy loops on every core, so the sandbox's background threads get as little time as on a loaded CI machine. */
    private static List<Thread> busyCores(AtomicBoolean stop) {
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (!stop.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            }, "busy-core-" + i);
            spinner.setDaemon(true);
            spinner.start();
            spinners.add(spinner);
        }
        return spinners;
    }

    @Test
    void everyAnsweredWriteSurvivesAKill() throws Exception {
        Path dir = Files.createTempDirectory("kill-nine");
        AtomicBoolean stopSpinning = new AtomicBoolean();
        List<Thread> spinners = busyCores(stopSpinning);
        try {
            SandboxProcess first = start(dir);
            String base = first.uri().toString();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            CountDownLatch enoughWrites = new CountDownLatch(WRITES_BEFORE_KILL);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        try {
                            HttpResponse<String> r = send(base, "POST", DRAFTS + "?as_user_id="
                                    + SandboxUsers.FIRST.id() + "&text=w" + writer + "-" + i);
                            if (r.statusCode() == 200) {
                                JsonNode data = TestSandbox.JSON.readTree(r.body()).path("data");
                                acknowledged.add(data.path("id").asText());
                                enoughWrites.countDown();
                            }
                        } catch (Exception killed) {
                            return;
                        }
                    }
                });
                thread.start();
                writers.add(thread);
            }
            assertTrue(enoughWrites.await(3, TimeUnit.MINUTES), "writes answered: " + acknowledged.size());
            first.kill();
            for (Thread writer : writers) {
                writer.join(60_000);
                assertTrue(!writer.isAlive(), "a writer still runs after the kill");
            }

            try (SandboxProcess second = start(dir)) {
                String again = second.uri().toString();
                List<String> missing = new ArrayList<>();
                for (String id : acknowledged) {
                    if (send(again, "GET", DRAFTS + "/" + id).statusCode() != 200) {
                        missing.add(id);
                    }
                }
                System.out.println("kill -9: " + acknowledged.size() + " acknowledged writes, " + missing.size()
                        + " missing after restart");
                assertEquals(List.of(), missing, "acknowledged writes lost by the kill");
                assertEquals(200, send(again, "POST", DRAFTS + "?as_user_id=" + SandboxUsers.FIRST.id()
                        + "&text=after").statusCode());
                HttpResponse<String> list = send(again, "GET", DRAFTS + "?count=200");
                assertEquals(200, list.statusCode(), list.body());
            }
        } finally {
            stopSpinning.set(true);
            for (Thread spinner : spinners) {
                spinner.join(5_000);
            }
        }
    }
}
