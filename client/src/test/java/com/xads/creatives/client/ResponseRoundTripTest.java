package com.xads.creatives.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every documented response deserializes into the generated model of its operation and serializes back to the
 * same JSON: no member lost or added, no null dropped, no 64-bit id altered.
 */
class ResponseRoundTripTest {

    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(ContractDocument.load());

    static List<ExampleCatalog.PayloadExample> responses() {
        return EXAMPLES.payloads().stream().filter(p -> p.part() == ExampleCatalog.Part.RESPONSE).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void roundTripsThroughTheGeneratedModel(ExampleCatalog.PayloadExample example) throws Exception {
        var mapper = AdsJson.mapper();
        Class<?> type = GeneratedApis.responseType(GeneratedApis.method(example.operationId()));
        Object model = mapper.treeToValue(example.value(), type);
        JsonNode back = mapper.readTree(mapper.writeValueAsString(model));
        assertTrue(example.value().equals(ResponseRoundTripTest::compare, back),
                "round trip changed the JSON:\nexpected " + example.value() + "\nactual   " + back);
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    }
}
