package com.xads.creatives.contract.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar creatives-contract-check.jar --base-url URL (--auth none | --consumer-key K --consumer-secret S
 * --token T --token-secret TS) [--operations id,id] [--account ID] [--junit-xml FILE] [--timeout SECONDS]
 * [--no-writes]}. Prints a line as each operation's checks end, then the summary; exits 0 when the server conforms,
 * 1 on any difference, 2 on a usage error or when the server cannot be reached or is not the API.
 */
public final class ContractCheckMain {

    private static final Set<String> OPTIONS = Set.of("--base-url", "--auth", "--consumer-key", "--consumer-secret",
            "--token", "--token-secret", "--operations", "--account", "--junit-xml", "--timeout");

    private ContractCheckMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        try {
            boolean writes = true;
            for (int i = 0; i < args.length; i += 2) {
                if (args[i].equals("--no-writes")) {
                    writes = false;
                    i--;
                    continue;
                }
                if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                    throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
                }
                options.put(args[i], args[i + 1]);
            }
            ContractCheck check = configure(options).progress(line -> System.out.println("  " + line));
            if (!writes) {
                check.withoutWrites();
            }
            CheckReport report = check.run();
            System.out.print(report.summary());
            report.writeJUnitXml(Path.of(options.getOrDefault("--junit-xml", "contract-check.xml")));
            return report.passed() ? 0 : 1;
        } catch (ServerUnreachable e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --base-url URL (--auth none | --consumer-key K --consumer-secret S --token T"
                    + " --token-secret TS) [--operations id,id] [--account ID] [--junit-xml FILE] [--timeout SECONDS] [--no-writes]");
            return 2;
        }
    }

    static ContractCheck configure(Map<String, String> options) {
        String baseUrl = options.get("--base-url");
        if (baseUrl == null || !baseUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("--base-url must be an http(s) URL, such as http://127.0.0.1:8080/12");
        }
        ContractCheck check = ContractCheck.against(baseUrl);
        boolean none = "none".equals(options.get("--auth"));
        if (options.containsKey("--auth") && !none) {
            throw new IllegalArgumentException("--auth takes only none; give OAuth 1.0a credentials with the other options");
        }
        if (!none) {
            String[] names = {"--consumer-key", "--consumer-secret", "--token", "--token-secret"};
            for (String name : names) {
                if (!options.containsKey(name)) {
                    throw new IllegalArgumentException(name + " is missing (or run with --auth none)");
                }
            }
            check.credentials(new ContractCheck.Credentials(options.get(names[0]), options.get(names[1]),
                    options.get(names[2]), options.get(names[3])));
        }
        if (options.containsKey("--operations")) {
            check.operations(new LinkedHashSet<>(Arrays.asList(options.get("--operations").split(","))));
        }
        if (options.containsKey("--account")) {
            check.account(options.get("--account"));
        }
        if (options.containsKey("--timeout")) {
            check.timeout(Duration.ofSeconds(Long.parseLong(options.get("--timeout"))));
        }
        return check;
    }
}
