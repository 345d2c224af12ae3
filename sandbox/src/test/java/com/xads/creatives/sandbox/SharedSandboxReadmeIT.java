package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.client.AdsApiClient;
import com.xads.creatives.client.ratelimit.RetryPolicy;
import com.xads.creatives.client.requests.GetDraftTweetRequest;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "A shared sandbox" commands, run with bash as written (the jar the build made, Debian's haproxy, the
 * example HAProxy configuration), with only the addresses changed: the test cluster's database for
 * 127.0.0.1:5432/sandbox, free ports for 8080-8083. Through the balancer: a signed write is read back from every
 * instance; while one instance closes connections unanswered, the read or write it took gets the balancer's 503 in
 * the API's error format with retry-after (which the client's retry policy waits out for a read); that instance
 * killed with SIGKILL and every following request answered, the write acknowledged before it still there; a reset through the balancer reaches every instance; with no instance left, the balancer
 * answers 503 in the API's error format with retry-after. Runs after the jar is packaged (failsafe, in mvn verify).
 */
class SharedSandboxReadmeIT {

    private static final Path ROOT = Path.of(System.getProperty("sandbox.repoRoot", "..")).toAbsolutePath().normalize();
    private static final String ACCOUNT_ID = "18ce54d4x5t";
    private static final String ACCOUNT = "/12/accounts/" + ACCOUNT_ID;
    private static final List<String> README_PORTS = List.of("8080", "8081", "8082", "8083");

    /** The first sh block of the README's section "A shared sandbox". */
    static String readmeBlock() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("\n### A shared sandbox\n");
        assertTrue(section >= 0, "the README has a section \"A shared sandbox\"");
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(section), "the section has an sh block");
        return block.group(1);
    }

    @Test
    void theReadmesSharedSandboxServesThroughTheBalancerWhileAnInstanceDies() throws Exception {
        String block = readmeBlock();
        assertTrue(block.contains("examples/shared-sandbox/haproxy.cfg") && block.contains("127.0.0.1:5432/sandbox"), block);
        String database = "shared_readme";
        int postgresPort = URI.create(TestPostgres.get().url("postgres").substring("jdbc:".length())).getPort();
        List<Integer> ports = freePorts(README_PORTS.size());
        Path work = Files.createTempDirectory("shared-readme");
        String config = Files.readString(ROOT.resolve("examples/shared-sandbox/haproxy.cfg"));
        block = withPorts(block, ports);
        config = withPorts(config, ports);
        Path configCopy = Files.writeString(work.resolve("haproxy.cfg"), config);
        block = block.replace("examples/shared-sandbox/haproxy.cfg", configCopy.toString())
                .replace("127.0.0.1:5432/sandbox", "127.0.0.1:" + postgresPort + "/" + database)
                .replace("createdb sandbox", "createdb -h 127.0.0.1 -p " + postgresPort + " -U sandbox " + database);
        assertTrue(block.contains(database) && block.contains(configCopy.toString()), block);
        System.out.println("README shared sandbox, as run:\n" + block);

        Path output = work.resolve("output.txt");
        Process shell = new ProcessBuilder("bash", "-euc", block).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        URI balancer = URI.create("http://127.0.0.1:" + ports.get(0));
        try {
            awaitListening(shell, output, 3);
            String card = ACCOUNT + "/cards/poll/57i8t";
            await(() -> signed(balancer, "GET", card).status() == 200, "the balancer passes requests on");
            await(() -> Files.readString(output).contains("3 active and 0 backup servers online"),
                    "HAProxy's health checks pass on all three instances");

            String text = "shared " + System.nanoTime();
            String draftId = data(signed(balancer, "POST", ACCOUNT + "/draft_tweets?as_user_id=" + SandboxUsers.FIRST.id()
                    + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"))).path("id").asText();
            for (int i = 0; i < 6; i++) {
                // round robin: each instance answers two of these
                assertEquals(text, data(signed(balancer, "GET", ACCOUNT + "/draft_tweets/" + draftId)).path("text").asText());
            }

            // The instance about to be killed first behaves as a dying one does: it takes each draft request and
            // closes the connection with no answer. The balancer sends none of them again (a write may have been
            // stored, a read's nonce used): the client gets a 503 in the API's error format, one request in three.
            URI doomed = URI.create("http://127.0.0.1:" + ports.get(2));
            assertEquals(200, RawHttp.send(doomed, "POST", "/_sandbox/faults".getBytes(StandardCharsets.US_ASCII),
                    "application/json", "{\"path\": \"/12/accounts/*/draft_tweets**\", \"count\": 0, \"fault\": \"disconnect\"}"
                            .getBytes(StandardCharsets.UTF_8)).status());
            List<Integer> reads = new ArrayList<>();
            List<Integer> writes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reads.add(unavailableOrOk(signed(balancer, "GET", ACCOUNT + "/draft_tweets/" + draftId)));
            }
            for (int i = 0; i < 3; i++) {
                writes.add(unavailableOrOk(signed(balancer, "POST", ACCOUNT + "/draft_tweets?as_user_id="
                        + SandboxUsers.FIRST.id() + "&text=write%20" + i)));
            }
            assertEquals(List.of(200, 200, 503), reads.stream().sorted().toList(), "each instance in turn took one read");
            assertEquals(List.of(200, 200, 503), writes.stream().sorted().toList(), "each instance in turn took one write");
            // the client retries the 503 of a read after its retry-after, signed anew
            AdsApiClient client = AdsApiClient.builder().baseUrl(balancer + "/12").credentials(TestSandbox.credentials(SandboxUsers.FIRST))
                    .retryPolicy(RetryPolicy.onRateLimit(Duration.ofSeconds(5)).withServiceUnavailable()).build();
            for (int i = 0; i < 3; i++) {
                assertEquals(text, client.draftTweets().get(GetDraftTweetRequest.builder().accountId(ACCOUNT_ID)
                        .draftTweetId(draftId).build()).getText());
            }

            ProcessHandle killed = instanceOnPort(shell, ports.get(2));
            killed.destroyForcibly();
            awaitGone(killed, ports.get(2));
            for (int i = 0; i < 30; i++) {
                RawHttp.Response read = signed(balancer, "GET", ACCOUNT + "/draft_tweets/" + draftId);
                assertEquals(200, read.status(), "request " + i + " after the kill: " + read.text());
            }
            String second = data(signed(balancer, "POST", ACCOUNT + "/draft_tweets?as_user_id=" + SandboxUsers.FIRST.id()
                    + "&text=after%20the%20kill")).path("id").asText();
            assertEquals("after the kill", data(signed(balancer, "GET", ACCOUNT + "/draft_tweets/" + second)).path("text").asText());

            assertEquals(200, RawHttp.send(balancer, "POST", "/_sandbox/reset".getBytes(StandardCharsets.US_ASCII), null,
                    null).status());
            for (int i = 0; i < 4; i++) {
                assertEquals(404, signed(balancer, "GET", ACCOUNT + "/draft_tweets/" + draftId).status(),
                        "the reset reached every instance left");
            }

            for (ProcessHandle sandbox : sandboxes(shell)) {
                sandbox.destroyForcibly();
            }
            for (int port : ports.subList(1, ports.size())) {
                awaitRefused(port);
            }
            RawHttp.Response none = signed(balancer, "GET", card);
            assertEquals(503, none.status(), none.text());
            assertEquals("application/json", none.header("content-type"));
            assertEquals("1", none.header("retry-after"));
            assertEquals("SERVICE_UNAVAILABLE", TestSandbox.JSON.readTree(none.body()).path("errors").path(0).path("code").asText());
            System.out.println("README shared sandbox: 3 instances behind HAProxy; a write read back from each; with one"
                    + " closing connections unanswered reads " + reads + ", writes " + writes + ", 3 of 3 client reads"
                    + " retried to an answer; 30 reads"
                    + " answered after kill -9 of it, a reset through the balancer reached the others, 503 "
                    + "SERVICE_UNAVAILABLE with none left");
        } finally {
            shell.descendants().forEach(ProcessHandle::destroyForcibly);
            shell.destroyForcibly();
            shell.waitFor(30, TimeUnit.SECONDS);
            System.out.println("its output:\n" + Files.readString(output));
        }
    }

    /** The README's ports replaced in one pass, so that a free port never has one of them replaced inside it. */
    private static String withPorts(String text, List<Integer> ports) {
        return Pattern.compile("\\b(" + String.join("|", README_PORTS) + ")\\b").matcher(text)
                .replaceAll(m -> String.valueOf(ports.get(README_PORTS.indexOf(m.group(1)))));
    }

    private static RawHttp.Response signed(URI balancer, String method, String pathAndQuery) throws IOException {
        String authorization = TestSandbox.signer(SandboxUsers.FIRST).authorization(method, balancer + pathAndQuery, List.of());
        return RawHttp.send(balancer, method, pathAndQuery.getBytes(StandardCharsets.US_ASCII), null, null,
                Map.of("Authorization", authorization));
    }

    /** The status of an answer that is either the API's 200 or the balancer's 503 in the API's error format. */
    private static int unavailableOrOk(RawHttp.Response reply) throws IOException {
        if (reply.status() == 503) {
            assertEquals("application/json", reply.header("content-type"));
            assertEquals("1", reply.header("retry-after"));
            assertEquals("SERVICE_UNAVAILABLE", TestSandbox.JSON.readTree(reply.body()).path("errors").path(0).path("code").asText());
        } else {
            assertEquals(200, reply.status(), reply.text());
        }
        return reply.status();
    }

    private static JsonNode data(RawHttp.Response reply) throws IOException {
        assertEquals(200, reply.status(), reply.text());
        return TestSandbox.JSON.readTree(reply.body()).path("data");
    }

    private static List<ProcessHandle> sandboxes(Process shell) {
        return shell.descendants().filter(p -> p.info().arguments().map(Arrays::asList)
                .map(args -> args.contains("sandbox/target/creatives-sandbox.jar")).orElse(false)).toList();
    }

    private static ProcessHandle instanceOnPort(Process shell, int port) {
        return sandboxes(shell).stream().filter(p -> {
            List<String> args = Arrays.asList(p.info().arguments().orElse(new String[0]));
            int at = args.indexOf("--port");
            return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(String.valueOf(port));
        }).findFirst().orElseThrow(() -> new AssertionError("no sandbox with --port " + port));
    }

    /**
     * Bash runs the block's last command, haproxy, in its own process, which becomes the parent of the sandboxes and
     * never collects their exit: a killed sandbox stays a zombie, alive to {@link ProcessHandle#isAlive()}, and its
     * first thread is one while the others still hold the socket. So: a zombie or gone, and the port refuses.
     */
    private static void awaitGone(ProcessHandle process, int port) throws Exception {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        await(() -> {
            try {
                String fields = Files.readString(stat);
                return fields.substring(fields.lastIndexOf(')') + 2).startsWith("Z");
            } catch (NoSuchFileException gone) {
                return true;
            }
        }, "process " + process.pid() + " ends");
        awaitRefused(port);
    }

    private static void awaitRefused(int port) throws Exception {
        await(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
                return false;
            } catch (ConnectException refused) {
                return true;
            }
        }, "port " + port + " refuses connections");
    }

    private static void awaitListening(Process shell, Path output, int instances) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            String said = Files.readString(output);
            if (said.lines().filter(l -> l.startsWith("listening on ")).count() == instances) {
                return;
            }
            if (!shell.isAlive()) {
                throw new AssertionError("the README's commands ended:\n" + said);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the instances did not all start:\n" + Files.readString(output));
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(Condition condition, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // the balancer is not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + ": not within 30 s");
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return held.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
    }
}
