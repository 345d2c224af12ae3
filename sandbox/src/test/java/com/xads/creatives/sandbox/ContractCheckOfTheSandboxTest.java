package com.xads.creatives.sandbox;

import com.xads.creatives.contract.check.CheckReport;
import com.xads.creatives.contract.check.ContractCheck;
import com.xads.creatives.sandbox.auth.SandboxUsers;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract check, through the JUnit entry point other teams use, passes against the sandbox: every operation,
 * signed, with its documented requests, the refusals derived from the contract and the life cycles of created objects.
 */
class ContractCheckOfTheSandboxTest {

    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.start(true);

    @TestFactory
    Stream<DynamicContainer> theSandboxFollowsTheContract() {
        CheckReport report = ContractCheck.against(sandbox.uri() + "/12")
                .credentials(new ContractCheck.Credentials(SandboxUsers.CONSUMER_KEY, SandboxUsers.CONSUMER_SECRET,
                        SandboxUsers.FIRST.token(), SandboxUsers.FIRST.tokenSecret()))
                .run();
        System.out.print(report.summary());
        assertEquals(54, report.byOperation().size(), report::summary);
        return report.dynamicTests();
    }
}
