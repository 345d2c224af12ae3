package com.xads.creatives.sandbox;

import com.xads.creatives.contract.check.CheckReport;
import com.xads.creatives.contract.check.ContractCheck;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar, started with the JVM flags of the README's first command exactly as written there, holds the
 * README's own workload: the full contract check passes, three times in a row (each on the seed state, as the
 * sandbox's reset control brings it back), then 20,000 fuzzed requests get no
 * 5xx, and the sandbox still answers with no OutOfMemoryError in its output. The live heap after a full collection is
 * printed before and after. Runs after the jar is packaged (failsafe, in mvn verify).
 */
class ReadmeCommandMemoryIT {

    private static final Path ROOT = Path.of(System.getProperty("sandbox.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Pattern HEAP_USED = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");

    /** The README's start command: the java part of its first line that starts the sandbox. */
    static List<String> readmeCommand() throws IOException {
        String line = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .filter(l -> l.contains("-jar sandbox/target/creatives-sandbox.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no command that starts the sandbox jar"));
        String java = line.substring(line.indexOf("java "));
        return new ArrayList<>(List.of(java.trim().split("\\s+")));
    }

    @Test
    void theReadmesCommandHoldsTheContractCheckAndFuzzing() throws Exception {
        List<String> command = readmeCommand();
        assertTrue(command.contains("-jar"), command::toString);
        int port = command.indexOf("--port");
        assertTrue(port > 0, "the README's command names a port: " + command);
        command.set(port + 1, "0");
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("--data-dir", Files.createTempDirectory("readme-command").toString()));
        System.out.println("README command: " + String.join(" ", command));

        Process sandbox = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        String base = awaitListening(sandbox, output);
        try {
            long before = liveHeapKiB(sandbox.pid());
            HttpClient http = HttpClient.newHttpClient();
            for (int run = 1; run <= 3; run++) {
                // the check deletes the documented objects; the seed state brings them back for the next run
                assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/_sandbox/reset"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
                CheckReport report = ContractCheck.against(base + "/12").run();
                System.out.println("contract check " + run + ": " + report.summary().lines().reduce((a, b) -> b).orElse(""));
                assertTrue(report.passed(), report.summary());
            }
            int serverErrors = 0;
            List<FuzzRequests.Request> requests = FuzzRequests.any().sampleStream().limit(20_000).toList();
            for (FuzzRequests.Request request : requests) {
                RawHttp.Response response = RawHttp.send(URI.create(base), request.method(), request.target(),
                        request.contentType(), request.body());
                if (response.status() >= 500) {
                    serverErrors++;
                }
            }
            long after = liveHeapKiB(sandbox.pid());
            System.out.printf("README command: live heap after a full GC %.1f MiB before, %.1f MiB after three contract "
                    + "checks and %d fuzzed requests (%d answered 5xx)%n", before / 1024.0, after / 1024.0, requests.size(), serverErrors);
            assertEquals(0, serverErrors, "fuzzed requests answered 5xx");
            HttpResponse<String> still = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/12/accounts/18ce54d4x5t/cards/poll")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, still.statusCode(), still.body());
            synchronized (output) {
                assertTrue(output.stream().noneMatch(l -> l.contains("OutOfMemoryError")), String.join("\n", output));
            }
        } finally {
            sandbox.destroy();
            sandbox.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String awaitListening(Process process, List<String> output) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            output.add(line);
            if (line.startsWith("listening on ")) {
                Thread drain = new Thread(() -> out.lines().forEach(output::add));
                drain.setDaemon(true);
                drain.start();
                return line.substring("listening on ".length());
            }
        }
        throw new AssertionError("the sandbox did not start: " + String.join("\n", output));
    }

    /** The heap in use after a full collection (jcmd GC.run, then GC.heap_info), in KiB. */
    private static long liveHeapKiB(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        Matcher m = HEAP_USED.matcher(run(jcmd, Long.toString(pid), "GC.heap_info"));
        assertTrue(m.find(), "no G1 heap figure from jcmd");
        return Long.parseLong(m.group(1));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jcmd did not finish");
        return text;
    }
}
