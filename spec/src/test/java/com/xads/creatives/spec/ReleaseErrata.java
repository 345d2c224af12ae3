package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The corrections of {@code released/errata.yaml}: members the released bundle has that its source did not. */
record ReleaseErrata(List<Correction> corrections) {

    record Correction(String pointer, String remove) {
    }

    static final ReleaseErrata NONE = new ReleaseErrata(List.of());

    static ReleaseErrata read(Path file) throws IOException {
        List<Correction> corrections = new ArrayList<>();
        for (JsonNode entry : new ObjectMapper(new YAMLFactory()).readTree(file.toFile()).path("corrections")) {
            corrections.add(new Correction(entry.path("pointer").asText(), entry.path("remove").asText()));
        }
        return new ReleaseErrata(corrections);
    }

    /** Removes each corrected member from the release; a pointer that names nothing is an error, not a no-op. */
    void applyTo(ObjectNode released) {
        for (Correction c : corrections) {
            JsonNode target = released.at(c.pointer());
            if (!target.isObject() || !target.has(c.remove())) {
                throw new IllegalStateException("released/errata.yaml: the release has no '" + c.remove() + "' at " + c.pointer());
            }
            ((ObjectNode) target).remove(c.remove());
        }
    }
}
