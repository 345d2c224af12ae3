package com.xads.creatives.contract;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** swagger-parser reads each packaged form of the contract without a single error or warning. */
class SpecParsesCleanTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"openapi/openapi.yaml", "openapi/openapi.json", "openapi/openapi.dereferenced.yaml",
            "openapi/openapi.dereferenced.json"})
    void parsesWithoutMessages(String resource) {
        var url = getClass().getClassLoader().getResource(resource);
        assertNotNull(url, resource + " is packaged");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(url.toString(), null, options);
        assertNotNull(result.getOpenAPI(), resource);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), resource);
        assertEquals(54, result.getOpenAPI().getPaths().values().stream()
                .mapToInt(item -> item.readOperations().size()).sum(), resource);
    }
}
