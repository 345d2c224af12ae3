package com.xads.creatives.sandbox.seed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ContractSchemas;
import com.xads.creatives.sandbox.engine.ResourceKind;
import com.xads.creatives.sandbox.engine.ResourceTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads seed files. Each file holds the objects of one entity schema of the contract, by account:
 * <pre>{"schema": "PollCard", "accounts": {"18ce54d4x5t": [{...}, ...]}}</pre>
 * and every object is checked against that schema, so a file that does not fit the contract stops the start with
 * the file, the JSON pointer of the problem and the validator's message. Objects are stored in file order.
 */
public final class SeedFiles {

    /** Where the documented seed is packaged: one file per entity schema, {@code <Schema>.json}. */
    public static final String DOCUMENTED = "seed/docs/";

    private final ResourceTable resources;
    private final ContractSchemas schemas;
    private final Map<String, ResourceKind> kindBySchema;
    private final Set<String> accounts;

    /** @param accounts the ads accounts the sandbox's users own: the only ones a seed can fill */
    public SeedFiles(ResourceTable resources, ContractSchemas schemas, Set<String> accounts) {
        this.resources = resources;
        this.schemas = schemas;
        this.accounts = accounts;
        this.kindBySchema = resources.kinds().stream().collect(Collectors.toMap(ResourceKind::schema, k -> k));
    }

    public Seed read(SeedSource source) {
        if (source instanceof SeedSource.Directory directory) {
            return new Seed(directory(directory.path()), false);
        }
        return source instanceof SeedSource.Documented ? new Seed(documented(), true) : new Seed(List.of(), false);
    }

    private List<Seed.Entry> documented() {
        List<Seed.Entry> entries = new ArrayList<>();
        for (ResourceKind kind : resources.kinds()) {
            String name = DOCUMENTED + kind.schema() + ".json";
            try (InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    entries.addAll(entries(name, ContractDocument.Json.MAPPER.readTree(in)));
                }
            } catch (IOException e) {
                throw new SeedException(name, "", e.getMessage());
            }
        }
        return entries;
    }

    private List<Seed.Entry> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new SeedException(dir.toString(), "", "--seed takes docs, empty or a directory of seed files, and this is none of them");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new SeedException(dir.toString(), "", e.getMessage());
        }
        List<Seed.Entry> entries = new ArrayList<>();
        for (Path file : files) {
            JsonNode content;
            try {
                content = ContractDocument.Json.MAPPER.readTree(file.toFile());
            } catch (JsonProcessingException e) {
                throw new SeedException(file.toString(), "", "not JSON: " + e.getOriginalMessage()
                        + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            } catch (IOException e) {
                throw new SeedException(file.toString(), "", e.getMessage());
            }
            entries.addAll(entries(file.toString(), content));
        }
        return entries;
    }

    private List<Seed.Entry> entries(String file, JsonNode content) {
        if (!content.isObject()) {
            throw new SeedException(file, "", "a seed file is an object with \"schema\" and \"accounts\"");
        }
        ResourceKind kind = kindBySchema.get(content.path("schema").asText());
        if (kind == null) {
            throw new SeedException(file, "/schema", "names no entity schema of the contract; one of "
                    + new TreeMap<>(kindBySchema).keySet());
        }
        JsonNode byAccount = content.path("accounts");
        if (!byAccount.isObject()) {
            throw new SeedException(file, "/accounts", "an object from account ids to arrays of objects is needed");
        }
        List<Seed.Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = byAccount.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> account = it.next();
            String at = "/accounts/" + ContractDocument.escape(account.getKey());
            if (!accounts.contains(account.getKey())) {
                throw new SeedException(file, at, "no user of the sandbox owns account " + account.getKey()
                        + "; the users' accounts are " + new TreeSet<>(accounts));
            }
            if (!account.getValue().isArray()) {
                throw new SeedException(file, at, "an array of " + kind.schema() + " objects is needed");
            }
            for (int i = 0; i < account.getValue().size(); i++) {
                JsonNode object = account.getValue().get(i);
                String pointer = at + "/" + i;
                List<ContractSchemas.Problem> problems = schemas.problems("/components/schemas/" + kind.schema(), object);
                if (!problems.isEmpty()) {
                    ContractSchemas.Problem first = problems.get(0);
                    throw new SeedException(file, pointer + first.location(), first.message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
                }
                if (object.path(kind.idMember()).asText().isEmpty()) {
                    throw new SeedException(file, pointer, "a " + kind.schema() + " needs its " + kind.idMember());
                }
                entries.add(new Seed.Entry(kind, account.getKey(), (ObjectNode) object));
            }
        }
        return entries;
    }
}
