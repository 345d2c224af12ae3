package com.xads.creatives.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the tests, from Debian's {@code postgresql} package (.ci/run installs it): one cluster
 * per test JVM, in a temporary directory, on a free loopback port, stopped when the JVM ends; a new database for
 * each data directory a test names, so a restart on the same directory finds its data again.
 */
public final class TestPostgres {

    /** -Dsandbox.test.database=postgresql runs every test sandbox on PostgreSQL instead of H2. */
    public static final boolean ENABLED = "postgresql".equals(System.getProperty("sandbox.test.database"));
    private static final String USER = "sandbox";
    private static TestPostgres server;

    private final int port;
    private final Map<Path, String> databases = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    private TestPostgres(int port) {
        this.port = port;
    }

    public static synchronized TestPostgres get() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    /** The database of a data directory: made the first time the directory is named. */
    public SandboxOptions.SharedDatabase database(Path dataDir) {
        String name = databases.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
            String db = "sandbox" + count.incrementAndGet();
            try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + db);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return db;
        });
        return new SandboxOptions.SharedDatabase(url(name), USER, "");
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static TestPostgres start() {
        try {
            Path bin = binaries();
            Path dir = Files.createTempDirectory("sandbox-postgres");
            Path data = dir.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres", dir.toString()));
            }
            int port;
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            }
            run(as(root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "--locale=C", "-E", "UTF8"));
            run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                            + " -c fsync=off -c max_connections=400", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(as(root, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                } catch (IOException e) {
                    // the JVM is ending; what is left goes with the machine's temporary files
                }
            }));
            return new TestPostgres(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Path::compareTo).orElseThrow(() -> new IOException("no initdb under /usr/lib/postgresql"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("install Debian's postgresql (.ci/run does) to run the tests on PostgreSQL", e);
        }
    }

    /** PostgreSQL will not run as root: as root, the server runs as the package's postgres user. */
    private static List<String> as(boolean root, String... command) {
        List<String> line = new ArrayList<>();
        if (root) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
