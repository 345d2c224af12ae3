package com.xads.creatives.sandbox;

import com.xads.creatives.sandbox.seed.SeedSource;

import java.nio.file.Path;

/**
 * Command-line options: {@code --port N} (0 = any free port), {@code --host ADDRESS} (the address to listen on,
 * 127.0.0.1 unless a load balancer on another machine must reach it), {@code --data-dir DIR}, {@code --auth oauth|none},
 * {@code --rate-limits on|off}, {@code --seed docs|empty|DIR} (what a new data directory starts with), {@code
 * --strict-parameters} (refuse parameters an operation does not declare, where the real API ignores them), and for the build {@code --exit-after-start}: start, answer a request of each
 * kind on a new data directory, stop (run once with -XX:ArchiveClassesAtExit it writes the class-data archive that shortens later starts).
 */
public record SandboxOptions(int port, String host, Path dataDir, boolean checkSignatures, boolean enforceRateLimits,
                             boolean strictParameters, SeedSource seed, boolean exitAfterStart, SharedDatabase database) {

    /**
     * A PostgreSQL database instead of the data directory's H2 file ({@code --database}); the user and password
     * come from {@code --database-user}/{@code --database-password} or SANDBOX_DATABASE_USER/SANDBOX_DATABASE_PASSWORD.
     */
    public record SharedDatabase(String jdbcUrl, String user, String password) {
        @Override
        public String toString() {
            return jdbcUrl + " as " + user;
        }
    }

    /** Where the sandbox listens unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";

    public SandboxOptions(int port, Path dataDir, boolean checkSignatures, boolean enforceRateLimits) {
        this(port, LOOPBACK, dataDir, checkSignatures, enforceRateLimits, false, new SeedSource.Documented(), false, null);
    }

    public SandboxOptions withStrictParameters() {
        return new SandboxOptions(port, host, dataDir, checkSignatures, enforceRateLimits, true, seed, exitAfterStart, database);
    }

    public SandboxOptions withDataDir(Path dataDir) {
        return new SandboxOptions(port, host, dataDir, checkSignatures, enforceRateLimits, strictParameters, seed, exitAfterStart,
                database);
    }

    public SandboxOptions withSeed(SeedSource seed) {
        return new SandboxOptions(port, host, dataDir, checkSignatures, enforceRateLimits, strictParameters, seed, exitAfterStart,
                database);
    }

    public SandboxOptions withDatabase(SharedDatabase database) {
        return new SandboxOptions(port, host, dataDir, checkSignatures, enforceRateLimits, strictParameters, seed, exitAfterStart,
                database);
    }

    public static SandboxOptions parse(String... args) {
        int port = 8080;
        String host = LOOPBACK;
        Path dataDir = Path.of("sandbox-data");
        boolean signatures = true;
        boolean rateLimits = true;
        boolean exitAfterStart = false;
        boolean strictParameters = false;
        SeedSource seed = new SeedSource.Documented();
        String databaseUrl = null;
        String databaseUser = System.getenv("SANDBOX_DATABASE_USER");
        String databasePassword = System.getenv("SANDBOX_DATABASE_PASSWORD");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--exit-after-start")) {
                exitAfterStart = true;
                continue;
            }
            if (args[i].equals("--strict-parameters")) {
                strictParameters = true;
                continue;
            }
            switch (args[i]) {
                case "--port" -> port = parsePort(required(args[i], value));
                case "--host" -> host = required(args[i], value);
                case "--data-dir" -> dataDir = Path.of(required(args[i], value));
                case "--auth" -> signatures = choice(args[i], value, "oauth", "none");
                case "--rate-limits" -> rateLimits = choice(args[i], value, "on", "off");
                case "--seed" -> seed = SeedSource.of(required(args[i], value));
                case "--database" -> databaseUrl = jdbcUrl(required(args[i], value));
                case "--database-user" -> databaseUser = required(args[i], value);
                case "--database-password" -> databasePassword = required(args[i], value);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + usage());
            }
            i++;
        }
        return new SandboxOptions(port, host, dataDir, signatures, rateLimits, strictParameters, seed, exitAfterStart,
                databaseUrl == null ? null : new SharedDatabase(databaseUrl, databaseUser, databasePassword));
    }

    private static String jdbcUrl(String text) {
        if (!text.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("--database takes a PostgreSQL JDBC URL, such as"
                    + " jdbc:postgresql://127.0.0.1:5432/sandbox" + usage());
        }
        return text;
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value" + usage());
        }
        return value;
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number from 0 to 65535" + usage());
        }
    }

    private static boolean choice(String option, String value, String yes, String no) {
        if (yes.equals(value)) {
            return true;
        }
        if (no.equals(value)) {
            return false;
        }
        throw new IllegalArgumentException(option + " takes " + yes + " or " + no + usage());
    }

    /** What {@code --help} prints. */
    static String help() {
        return """
                The X Ads API Creatives sandbox: a stateful reference server of the contract (API at /12).

                usage: java -jar creatives-sandbox.jar [options]
                  --port N                 port to listen on (default 8080; 0 takes any free port)
                  --host ADDRESS           address to listen on (default 127.0.0.1, this machine only; 0.0.0.0
                                           for every interface, e.g. behind a load balancer on another machine)
                  --data-dir DIR           where the database lives (default ./sandbox-data); kept across restarts
                  --auth oauth|none        check OAuth 1.0a signatures (default oauth) or accept unsigned requests
                  --rate-limits on|off     answer 429 past the API's per-window limits (default on)
                  --seed docs|empty|DIR    what a new data directory and each reset start with: the documented
                                           objects (default), nothing, or the seed files of DIR
                  --database URL           a PostgreSQL database (jdbc:postgresql://HOST:PORT/DB) instead of the
                                           data directory's H2 file; several sandboxes may share it
                  --database-user U        its user (or SANDBOX_DATABASE_USER)
                  --database-password P    its password (or SANDBOX_DATABASE_PASSWORD; never printed)
                  --strict-parameters      refuse parameters an operation does not declare (the API ignores them)
                  --help                   this text

                Reference: http://127.0.0.1:PORT/docs/  Contract: http://127.0.0.1:PORT/openapi.yaml
                """;
    }

    static String usage() {
        return "\nusage: java -jar creatives-sandbox.jar [--port 8080] [--host 127.0.0.1] [--data-dir ./sandbox-data] [--auth oauth|none] [--rate-limits on|off] [--seed docs|empty|DIR] [--database jdbc:postgresql://...] [--strict-parameters]";
    }
}
