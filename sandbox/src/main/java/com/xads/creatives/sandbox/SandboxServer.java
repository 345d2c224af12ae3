package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.engine.SandboxClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.contract.RequestCheck;
import com.xads.creatives.rules.RuleEvaluator;
import com.xads.creatives.sandbox.auth.OAuth1Verifier;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import com.xads.creatives.sandbox.controls.ControlsResource;
import com.xads.creatives.sandbox.controls.FaultsResource;
import com.xads.creatives.sandbox.controls.HomeResource;
import com.xads.creatives.sandbox.controls.RequestsResource;
import com.xads.creatives.sandbox.faults.Faults;
import com.xads.creatives.sandbox.journal.RequestJournal;
import com.xads.creatives.sandbox.http.RequestPipeline;
import com.xads.creatives.sandbox.controls.SandboxState;
import com.xads.creatives.sandbox.engine.Ids;
import com.xads.creatives.sandbox.engine.ResourceEngine;
import com.xads.creatives.sandbox.engine.ResourceTable;
import com.xads.creatives.sandbox.seed.Seed;
import com.xads.creatives.sandbox.seed.SeedFiles;
import com.xads.creatives.sandbox.http.ApiHandler;
import com.xads.creatives.sandbox.http.ApiExceptionMapper;
import com.xads.creatives.sandbox.http.ApiRoutes;
import com.xads.creatives.sandbox.auth.AccountAccess;
import com.xads.creatives.sandbox.auth.Authentication;
import com.xads.creatives.sandbox.http.H2cUpgradeFilter;
import com.xads.creatives.sandbox.http.JsonBodyExceptionMapper;
import com.xads.creatives.sandbox.http.ParameterTolerance;
import com.xads.creatives.sandbox.http.JsonErrorPages;
import com.xads.creatives.sandbox.http.MethodFilter;
import com.xads.creatives.sandbox.http.RateLimits;
import com.xads.creatives.sandbox.http.RequestTargetFilter;
import com.xads.creatives.sandbox.http.SpecDocumentResource;
import com.xads.creatives.sandbox.http.UnexpectedExceptionMapper;
import com.xads.creatives.sandbox.http.WebApplicationExceptionMapper;
import com.xads.creatives.sandbox.store.Database;
import com.xads.creatives.sandbox.store.ObjectStore;
import com.xads.creatives.sandbox.store.Storage;
import jakarta.ws.rs.ext.ContextResolver;
import org.glassfish.grizzly.http.server.CLStaticHttpHandler;
import org.h2.api.ErrorCode;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.sql.SQLException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Assembles the sandbox: storage, engine, the API application under /12 and the sandbox's own pages at /. */
public final class SandboxServer implements AutoCloseable {

    private final HttpServer http;
    private final Database database;
    private final ResourceEngine engine;
    private final SandboxClock clock;
    private final URI uri;
    private final SandboxState state;
    private final Faults faults;
    private final RequestJournal journal;

    private SandboxServer(HttpServer http, Database database, ResourceEngine engine, SandboxClock clock, URI uri,
                          SandboxState state, Faults faults, RequestJournal journal) {
        this.http = http;
        this.engine = engine;
        this.database = database;
        this.clock = clock;
        this.uri = uri;
        this.state = state;
        this.faults = faults;
        this.journal = journal;
    }

    /**
     * Starts the sandbox. The database's migrations and the Jersey application of the pages and controls are built
     * on other threads while the contract is read and compiled and the seed files are read: on two cores these
     * overlap, and they are most of what runs before the first answer.
     */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        SandboxClock clock = new SandboxClock(Clock.systemUTC());
        Database database = options.database() == null ? new Database(options.dataDir())
                : new Database(options.database().jdbcUrl(), options.database().user(), options.database().password());
        CompletableFuture<ObjectStore> migrated = null;
        ResourceEngine engine = null;
        // threads of their own: the common pool has one thread on two cores, which would run these one after the other
        ExecutorService startup = Executors.newFixedThreadPool(2, task -> new Thread(task, "sandbox-start"));
        try {
            migrated = CompletableFuture.supplyAsync(() -> Storage.open(database), startup);
            Ids ids = new Ids(clock);
            RequestJournal journal = new RequestJournal(RequestJournal.DEFAULT_CAPACITY);
            ContractDocument document = ContractDocument.load();
            Faults faults = new Faults(document.operations().stream().map(ContractDocument.Operation::id)
                    .collect(Collectors.toUnmodifiableSet()));
            CompletableFuture<SandboxState> ready = new CompletableFuture<>();
            CompletableFuture<HttpHandler> site = CompletableFuture.supplyAsync(() -> ContainerFactory.createContainer(
                    GrizzlyHttpContainer.class, common(new ResourceConfig()).registerInstances(new HomeResource(),
                            new SpecDocumentResource(), new ControlsResource(ready, clock, ids),
                            new FaultsResource(faults), new RequestsResource(journal))), startup);
            ContractSchemas schemas = new ContractSchemas(document);
            ResourceTable resources = ResourceTable.fromContract(document);
            Seed seed = new SeedFiles(resources, schemas, SandboxUsers.accounts()).read(options.seed());
            RequestCheck check = new RequestCheck(document, schemas, new RuleEvaluator(clock));
            ApiRoutes routes = new ApiRoutes(document);
            ObjectStore store = joined(migrated);
            if (database.shared()) {
                ids.instance(store.nextInstanceNumber());
                clock.share(new SandboxClock.SharedOffset() {
                    @Override
                    public long add(long millis) {
                        return store.addToClockOffset(millis);
                    }

                    @Override
                    public long current() {
                        return store.addToClockOffset(0);
                    }
                });
            }
            engine = ResourceEngine.of(document, resources, store, clock, ids);
            SandboxState state = new SandboxState(store, engine, seed, faults, journal);
            ready.complete(state);
            state.seedIfNew();
            engine.duePublisher().publishDue();
            clock.onMove(engine.duePublisher()::publishDue);
            if (database.shared()) {
                engine.duePublisher().pollEvery(java.time.Duration.ofSeconds(1));
            }

            RateLimits rateLimits = new RateLimits(clock, options.enforceRateLimits(),
                    database.shared() ? store::drawFromWindow : null);
            RequestPipeline pipeline = new RequestPipeline(rateLimits,
                    new Authentication(!options.checkSignatures() ? null : database.shared()
                            ? new OAuth1Verifier(Clock.systemUTC(), store::firstUseOfNonce) : new OAuth1Verifier(Clock.systemUTC())),
                    routes,
                    new AccountAccess(), document, check, new ParameterTolerance(document, options.strictParameters()),
                    faults, clock);
            ApiHandler api = new ApiHandler(pipeline, engine, journal, clock);

            HttpServer http = new HttpServer();
            NetworkListener listener = new NetworkListener("sandbox", options.host(), options.port());
            http.addListener(listener);
            // long query strings (lists of ids) should reach the API's own checks, not the HTTP layer's 8 KiB default
            listener.setMaxHttpHeaderSize(64 * 1024);
            // a GET or DELETE that carries a body gets the API's answer (the body is ignored), not a bare 400
            http.getServerConfiguration().setAllowPayloadForUndefinedHttpMethods(true);
            listener.registerAddOn(new H2cUpgradeFilter());
            listener.registerAddOn(new RequestTargetFilter(rateLimits));
            listener.registerAddOn(new MethodFilter(routes, rateLimits));
            JsonErrorPages.install(http);
            http.getServerConfiguration().addHttpHandler(api, "/12");
            http.getServerConfiguration().addHttpHandler(docsSite(), "/docs");
            http.getServerConfiguration().addHttpHandler(joined(site), "/");
            http.start();
            URI uri = URI.create("http://" + reachableAt(options.host()) + ":" + listener.getPort());
            return new SandboxServer(http, database, engine, clock, uri, state, faults, journal);
        } catch (RuntimeException | IOException e) {
            if (migrated != null) {
                migrated.exceptionally(failure -> null).join();
            }
            if (engine != null) {
                engine.close();
            }
            clock.close();
            database.close();
            Exception told = explained(e, options);
            if (told instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) told;
        } finally {
            startup.shutdown();
        }
    }

    /** Whether the address names this machine (false when it names another or does not resolve). */
    private static boolean isLocalAddress(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** How a client on this machine reaches the listener: the wildcard addresses through loopback. */
    private static String reachableAt(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) {
                return SandboxOptions.LOOPBACK;
            }
            return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : host;
        } catch (IOException e) {
            return host;
        }
    }

    /** The failures a user causes and can fix (a busy port, a data directory in use) as one line each. */
    private static Exception explained(Exception failure, SandboxOptions options) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof BindException && !isLocalAddress(options.host())) {
                return new StartFailure("--host " + options.host() + " is not an address of this machine: give one of its"
                        + " own, 127.0.0.1 (the default) or 0.0.0.0 (every interface)", failure);
            }
            if (cause instanceof BindException) {
                return new StartFailure("port " + options.port() + " on " + options.host() + " is in use: stop what listens"
                        + " there or start the sandbox with another --port (0 takes any free one)", failure);
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StartFailure("data directory " + options.dataDir().toAbsolutePath() + " is in use by another"
                        + " sandbox: stop that one or start this one with another --data-dir", failure);
            }
        }
        return failure;
    }

    /** The value of a start-up step run on another thread, its failure rethrown as it was raised. */
    private static <T> T joined(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The API reference of the creatives-docs jar; /docs itself redirects to /docs/ so relative links resolve. */
    private static HttpHandler docsSite() {
        CLStaticHttpHandler files = new CLStaticHttpHandler(SandboxServer.class.getClassLoader(), "/docs-site/");
        files.setFileCacheEnabled(true);
        return new HttpHandler() {
            @Override
            public void service(Request request, Response response) throws Exception {
                if (request.getRequestURI().equals("/docs")) {
                    response.setStatus(301);
                    response.setHeader("Location", "/docs/");
                    return;
                }
                files.service(request, response);
            }
        };
    }

    private static ResourceConfig common(ResourceConfig config) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        return config.property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new MapperProvider(mapper))
                .register(ApiExceptionMapper.class)
                .register(WebApplicationExceptionMapper.class)
                .register(JsonBodyExceptionMapper.class)
                .register(UnexpectedExceptionMapper.class);
    }

    public URI uri() {
        return uri;
    }

    public SandboxClock clock() {
        return clock;
    }

    /** What {@code POST /_sandbox/reset} does: the seed again, the clock back to now, no faults, an empty journal. */
    public void reset() {
        clock.reset();
        state.reset();
    }

    /** The faults waiting for matching requests ({@code /_sandbox/faults}). */
    public Faults faults() {
        return faults;
    }

    /** The requests the API paths received ({@code /_sandbox/requests}). */
    public RequestJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        clock.close();
        http.shutdownNow();
        engine.close();
        database.close();
    }

    /** Jersey's Jackson support uses this mapper (a real provider class: a lambda resolver is ignored). */
    @jakarta.ws.rs.ext.Provider
    static final class MapperProvider implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper;

        MapperProvider(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
