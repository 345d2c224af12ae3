package com.xads.creatives.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract and its reference site are served beside the API. */
class DocsAndSpecServedTest {

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    @Test
    void theBundledContractIsServedAsYamlAndJson() {
        TestSandbox.Reply json = sandbox.send("GET", "/openapi.json", Map.of(), null);
        assertEquals(200, json.status());
        assertEquals(Conformance.DOCUMENT.root(), json.json());
        TestSandbox.Reply yaml = sandbox.send("GET", "/openapi.yaml", Map.of(), null);
        assertEquals(200, yaml.status());
        assertTrue(yaml.raw().body().startsWith("openapi: 3.0.3"), yaml.raw().body().substring(0, 40));
    }

    @Test
    void theReferenceSiteIsServedAtDocs() {
        TestSandbox.Reply landing = sandbox.send("GET", "/docs/", Map.of(), null);
        assertEquals(200, landing.status());
        assertTrue(landing.header("Content-Type").startsWith("text/html"), landing.header("Content-Type"));
        assertTrue(landing.raw().body().contains("reference.html#/Media%20Library/createMediaLibraryItem"));
        for (String file : new String[]{"reference.html", "reference-spec.js", "ui/swagger-ui-bundle.js", "ui/swagger-ui.css",
                "openapi.yaml", "openapi.json"}) {
            assertEquals(200, sandbox.send("GET", "/docs/" + file, Map.of(), null).status(), file);
        }
        assertEquals(301, sandbox.send("GET", "/docs", Map.of(), null).status());
        assertEquals(404, sandbox.send("GET", "/docs/nothing.html", Map.of(), null).status());
    }
}
