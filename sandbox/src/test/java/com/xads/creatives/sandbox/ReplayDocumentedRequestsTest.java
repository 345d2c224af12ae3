package com.xads.creatives.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ExampleCatalog;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every documented example request, replayed signed on a freshly reset sandbox, succeeds; the send helper checks
 * each body against the operation's 200 schema and the rate-limit headers.
 */
class ReplayDocumentedRequestsTest {

    private static final ExampleCatalog EXAMPLES = new ExampleCatalog(Conformance.DOCUMENT);

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    static List<ExampleCatalog.RequestExample> requests() {
        return EXAMPLES.requests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void replaysWithSuccess(ExampleCatalog.RequestExample example) {
        sandbox.reset();
        ContractDocument.Operation op = Conformance.DOCUMENT.operation(example.operationId());
        JsonNode body = example.bodyKey() == null ? null : EXAMPLES.requestBody(example.operationId(), example.bodyKey());
        TestSandbox.Call call = TestSandbox.Call.of(op.method().toUpperCase(), "/12" + example.path())
                .query(example.query()).signedBy(SandboxUsers.FIRST);
        TestSandbox.Reply reply = sandbox.send(body == null ? call : call.json(body));
        assertEquals(200, reply.status(), reply::toString);
    }
}
