package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.contract.ResponseCheck;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a running server against the contract, as a team implementing the server stubs (or a proxy in front of X)
 * would in CI. Per operation it sends the documented requests, which must succeed, and requests the contract says
 * must be refused; it checks status, content type, rate-limit headers and every body against the contract's closed
 * schemas. Created objects are read back, renamed and deleted, and then checked gone
 * (hard delete) or flagged (soft delete).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicContainer> contract() {
 *     return ContractCheck.against("http://127.0.0.1:8080/12")
 *             .credentials(new ContractCheck.Credentials(key, secret, token, tokenSecret))
 *             .run().dynamicTests();
 * }
 * }</pre>
 */
public final class ContractCheck {

    /** OAuth 1.0a credentials of a user with access to the accounts the documented requests use. */
    public record Credentials(String consumerKey, String consumerSecret, String token, String tokenSecret) {
    }

    private final String baseUrl;
    private Credentials credentials;
    private Set<String> selected;
    private String account;
    private Duration timeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private boolean writes = true;
    private Consumer<String> progress = line -> { };

    private ContractCheck(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @param baseUrl the API's base, such as {@code https://ads-api.x.com/12} */
    public static ContractCheck against(String baseUrl) {
        return new ContractCheck(baseUrl);
    }

    public ContractCheck credentials(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /** Only these operationIds. */
    public ContractCheck operations(Set<String> operationIds) {
        this.selected = Set.copyOf(operationIds);
        return this;
    }

    /** Sends the documented requests to this ads account instead of the accounts the pages used. */
    public ContractCheck account(String accountId) {
        this.account = accountId;
        return this;
    }

    public ContractCheck timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** The server's idea of now, for the time limits of the rules (Scheduled Tweets at most a year ahead). */
    public ContractCheck clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Only reads: the documented GET requests and the GETs the contract says must be refused. Nothing is created,
     * changed or deleted, so the check can run against a server others use.
     */
    public ContractCheck withoutWrites() {
        this.writes = false;
        return this;
    }

    /** Receives a line as each operation's checks end (the command prints them as they come). */
    public ContractCheck progress(Consumer<String> lines) {
        this.progress = lines;
        return this;
    }

    /**
     * Runs the check.
     *
     * @throws ServerUnreachable when nothing answers at the base URL, or what answers is not the API (not JSON)
     */
    public CheckReport run() {
        ContractDocument document = ContractDocument.load();
        if (selected != null) {
            Set<String> known = document.operations().stream().map(ContractDocument.Operation::id).collect(Collectors.toSet());
            List<String> unknown = selected.stream().filter(id -> !known.contains(id)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("not operations of the contract: " + String.join(", ", unknown));
            }
        }
        Run run = new Run(document, new ServerConnection(baseUrl, credentials, timeout));
        List<ContractDocument.Operation> ops = document.operations().stream()
                .filter(op -> selected == null || selected.contains(op.id()))
                .filter(op -> writes || op.method().equals("get"))
                .sorted(Comparator.comparing(op -> op.id())).toList();
        run.reachable(ops);
        // reads first, then changes, creations with their life cycles, refusals, and deletes last
        for (String method : List.of("get", "put", "post")) {
            ops.stream().filter(op -> op.method().equals(method))
                    .forEach(op -> run.step(op, "documented requests", () -> run.documented(op, method.equals("post"))));
        }
        ops.forEach(op -> run.step(op, "refusals", () -> run.plan.refusals(op.id(), clock.instant()).forEach(run::send)));
        ops.stream().filter(op -> op.method().equals("delete"))
                .forEach(op -> run.step(op, "documented requests", () -> run.documented(op, false)));
        run.afterDeletes.forEach(Runnable::run);
        return new CheckReport(baseUrl, run.results);
    }

    /** One run: the probes sent so far and what they found. */
    private final class Run {
        final ContractDocument document;
        final ServerConnection server;
        final ProbePlan plan;
        final ResponseCheck responses;
        final List<CheckReport.Result> results = new ArrayList<>();
        /** Deletes of created objects wait until the documented requests, which may use them, have run. */
        final List<Runnable> afterDeletes = new ArrayList<>();
        final Set<String> deletedPaths = new HashSet<>();

        Run(ContractDocument document, ServerConnection server) {
            this.document = document;
            this.server = server;
            this.plan = new ProbePlan(document);
            this.responses = new ResponseCheck(document, new ContractSchemas(document));
        }

        /** Runs one operation's step of the check and tells the progress what it found. */
        void step(ContractDocument.Operation op, String what, Runnable probes) {
            int before = results.size();
            long started = System.nanoTime();
            probes.run();
            List<CheckReport.Result> sent = results.subList(before, results.size());
            long failed = sent.stream().filter(r -> !r.passed()).count();
            progress.accept(op.id() + ": " + what + ", " + sent.size() + " checks, " + failed + " failed, "
                    + millisSince(started) + " ms");
        }

        /** The first documented read must get an answer, and a JSON one, or the run stops before it starts. */
        void reachable(List<ContractDocument.Operation> ops) {
            Probe probe = ops.stream().filter(op -> op.method().equals("get"))
                    .flatMap(op -> plan.documented(op.id()).stream()).findFirst()
                    .map(example -> plan.documentedProbe(example, Probe.DataCheck.NONE)).orElse(null);
            if (probe == null) {
                return;
            }
            String path = account == null ? probe.path() : probe.path().replaceFirst("^/accounts/[^/]+", "/accounts/" + account);
            ServerConnection.Answer answer;
            try {
                answer = server.send("GET", path, probe.query(), null);
            } catch (IOException e) {
                throw new ServerUnreachable("cannot reach " + baseUrl + ": " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()) + "; is the server running, and is --base-url right?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerUnreachable("interrupted before the first answer from " + baseUrl);
            }
            if (answer.json() == null) {
                throw new ServerUnreachable(baseUrl + " does not answer as the API: GET " + path + " got " + answer.status()
                        + " with " + (answer.header("Content-Type") == null ? "no content type" : answer.header("Content-Type"))
                        + ", not JSON; --base-url is the API's base, such as http://127.0.0.1:8080/12 for the sandbox");
            }
        }

        void documented(ContractDocument.Operation op, boolean followLifeCycle) {
            for (ExampleCatalog.RequestExample example : plan.documented(op.id())) {
                Probe probe = plan.documentedProbe(example, Probe.DataCheck.NONE);
                if (op.method().equals("delete") && !deletedPaths.add(example.path())) {
                    // two documented examples delete the same object: the second finds it gone
                    probe = new Probe(op.id(), probe.name() + ", of an object deleted before", probe.method(), probe.path(),
                            probe.query(), probe.body(), new Probe.Gone());
                }
                Optional<JsonNode> data = send(probe);
                if (followLifeCycle && data.isPresent()) {
                    lifeCycle(op, data.get());
                }
            }
        }

        /** Reads the created object back, deletes it, and checks it gone or flagged as x-delete says. */
        void lifeCycle(ContractDocument.Operation create, JsonNode created) {
            Optional<ContractDocument.Operation> get = itemOperation(create, "get");
            if (get.isEmpty()) {
                return;
            }
            String idParameter = get.get().path().substring(get.get().path().lastIndexOf('{') + 1, get.get().path().length() - 1);
            String idMember = idParameter.equals("media_key") ? "media_key" : created.has("id_str") ? "id_str" : "id";
            String id = created.path(idMember).asText(null);
            if (id == null) {
                return;
            }
            String createPath = plan.documented(create.id()).get(0).path();
            String itemPath = createPath + "/" + id;
            Optional<JsonNode> readBack = send(new Probe(get.get().id(), "reads back what " + create.id() + " created",
                    "GET", itemPath, Map.of(), null, new Probe.Success(data -> id.equals(data.path(idMember).asText()) ? null
                    : "data." + idMember + " is " + data.path(idMember) + ", not the created " + id)));
            Optional<ContractDocument.Operation> put = itemOperation(create, "put");
            if (put.isPresent() && takesName(put.get()) && readBack.filter(this::stillChangeable).isPresent()) {
                String name = "renamed by the contract check";
                send(new Probe(put.get().id(), "renames what " + create.id() + " created", "PUT", itemPath,
                        Map.of("name", name), null, new Probe.Success(data -> name.equals(data.path("name").asText()) ? null
                        : "data.name is " + data.path("name") + " after the update set it to \"" + name + "\"")));
            }
            Optional<ContractDocument.Operation> delete = itemOperation(create, "delete");
            if (delete.isEmpty()) {
                return;
            }
            afterDeletes.add(() -> deleteCreated(create, get.get(), delete.get(), itemPath));
        }

        void deleteCreated(ContractDocument.Operation create, ContractDocument.Operation get,
                           ContractDocument.Operation delete, String itemPath) {
            send(new Probe(delete.id(), "deletes what " + create.id() + " created", "DELETE", itemPath, Map.of(), null,
                    new Probe.Success(Probe.DataCheck.NONE)));
            String semantics = delete.node().path("x-delete").asText("hard");
            send(new Probe(get.id(), "after a " + semantics + " delete, the object is not read", "GET", itemPath,
                    Map.of(), null, new Probe.Gone()));
            boolean readsDeleted = get.parameters().stream()
                    .anyMatch(p -> document.resolve(p).path("name").asText().equals("with_deleted"));
            if (semantics.equals("soft") && readsDeleted) {
                send(new Probe(get.id(), "after a soft delete, with_deleted=true reads it flagged", "GET", itemPath,
                        Map.of("with_deleted", "true"), null, new Probe.Success(data -> data.path("deleted").asBoolean(false)
                        ? null : "data.deleted is " + data.path("deleted") + " after a soft delete")));
            }
        }

        boolean takesName(ContractDocument.Operation put) {
            return put.parameters().stream().anyMatch(p -> document.resolve(p).path("name").asText().equals("name"));
        }

        /** A Scheduled Tweet changes only until it goes live (the documented creates are dated in the past). */
        boolean stillChangeable(JsonNode created) {
            return !created.has("scheduled_status") || created.path("scheduled_status").asText().equals("SCHEDULED");
        }

        Optional<ContractDocument.Operation> itemOperation(ContractDocument.Operation create, String method) {
            return document.operations().stream()
                    .filter(op -> op.method().equals(method) && op.path().startsWith(create.path() + "/{")
                            && op.path().indexOf('/', create.path().length() + 1) < 0)
                    .findFirst();
        }

        /** Sends the probe, records the differences; returns the answer's data when it succeeded. */
        Optional<JsonNode> send(Probe probe) {
            Probe sent = account == null ? probe : new Probe(probe.operationId(), probe.name(), probe.method(),
                    probe.path().replaceFirst("^/accounts/[^/]+", "/accounts/" + account), probe.query(), probe.body(),
                    probe.expectation());
            ServerConnection.Answer answer;
            long started = System.nanoTime();
            try {
                answer = server.send(sent.method(), sent.path(), sent.query(), sent.body());
            } catch (IOException e) {
                results.add(new CheckReport.Result(sent, 0, List.of("no answer: " + e), millisSince(started)));
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add(new CheckReport.Result(sent, 0, List.of("interrupted"), millisSince(started)));
                return Optional.empty();
            }
            long millis = millisSince(started);
            List<String> differences = Verdict.differences(responses, document.operation(sent.operationId()), sent, answer);
            results.add(new CheckReport.Result(sent, answer.status(), differences, millis));
            return differences.isEmpty() && sent.expectation() instanceof Probe.Success && answer.json() != null
                    ? Optional.of(answer.json().path("data")) : Optional.empty();
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The results as JUnit 5 dynamic tests: a container per operation, a test per probe. */
    public static Stream<DynamicContainer> dynamicTests(CheckReport report) {
        return report.byOperation().entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(result -> DynamicTest.dynamicTest(result.probe().name(), () -> {
                    if (!result.passed()) {
                        fail(result.describe());
                    }
                }))));
    }
}
