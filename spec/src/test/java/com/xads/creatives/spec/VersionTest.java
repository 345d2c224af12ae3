package com.xads.creatives.spec;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract and every artifact carry one version: info.version is the Maven version (less -SNAPSHOT). */
class VersionTest {

    @Test
    void theContractsVersionIsTheArtifactsVersion() throws Exception {
        String artifact = System.getProperty("artifact.version");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/openapi.json")) {
            String contract = new ObjectMapper().readTree(in).path("info").path("version").asText();
            assertEquals(artifact.replaceFirst("-SNAPSHOT$", ""), contract, "info.version of the contract and the artifacts' version");
        }
    }
}
