package com.xads.creatives.clientgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the client's request classes and resource interfaces from the bundled contract.
 * Usage: {@code ClientGenerator <openapi.json> <output source directory>}.
 */
public final class ClientGenerator {

    private ClientGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClientGenerator <openapi.json> <output source directory>");
        }
        JsonNode contract = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Path out = Path.of(args[1]);
        List<Operation> operations = new ContractOperations(contract).all();
        Path requests = out.resolve(RequestClassWriter.PACKAGE.replace('.', '/'));
        Path resources = out.resolve(ResourceWriter.PACKAGE.replace('.', '/'));
        Files.createDirectories(requests);
        Files.createDirectories(resources);
        for (Operation op : operations) {
            Files.writeString(requests.resolve(op.className() + ".java"), RequestClassWriter.write(op));
        }
        Map<String, List<Operation>> tags = ResourceWriter.byTag(operations);
        tags.forEach((tag, ops) -> {
            try {
                Files.writeString(resources.resolve(ResourceWriter.interfaceName(tag) + ".java"), ResourceWriter.write(tag, ops));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.writeString(resources.resolve("Resources.java"), ResourceWriter.writeAccessors(tags));
        System.out.println("client: " + operations.size() + " request classes, " + tags.size() + " resources written to " + out);
    }
}
