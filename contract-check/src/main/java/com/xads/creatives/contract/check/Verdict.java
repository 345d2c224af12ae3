package com.xads.creatives.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.xads.creatives.contract.ContractDocument;
import com.xads.creatives.contract.ResponseCheck;

import java.util.ArrayList;
import java.util.List;

/** How an answer differs from what the contract says the probe must get. */
final class Verdict {

    private Verdict() {
    }

    static List<String> differences(ResponseCheck responses, ContractDocument.Operation op, Probe probe,
                                    ServerConnection.Answer answer) {
        List<String> differences = new ArrayList<>();
        Probe.Expectation expected = probe.expectation();
        int expectedStatus = expected instanceof Probe.Success ? 200 : expected instanceof Probe.Refusal ? 400 : 404;
        if (answer.status() != expectedStatus) {
            differences.add("status " + answer.status() + ", expected " + expectedStatus
                    + (answer.status() >= 500 ? " (a server error for a request the contract describes)" : "")
                    + firstError(answer));
        }
        differences.addAll(responses.checkWithRateLimits(op, answer.status(), answer.header("Content-Type"), answer::header,
                answer.json()));
        if (answer.status() == expectedStatus && answer.json() != null) {
            if (expected instanceof Probe.Success success) {
                String problem = success.check().check(answer.json().path("data"));
                if (problem != null) {
                    differences.add(problem);
                }
            } else if (expected instanceof Probe.Refusal refusal && refusal.parameter() != null
                    && !names(answer.json(), refusal.parameter(), refusal.code())) {
                differences.add("no error names " + refusal.parameter()
                        + (refusal.code() == null ? "" : " with code " + refusal.code()) + ": " + answer.json().path("errors"));
            }
        }
        return differences;
    }

    private static boolean names(JsonNode body, String parameter, String code) {
        for (JsonNode error : body.path("errors")) {
            if (error.path("parameter").asText().equals(parameter) && (code == null || error.path("code").asText().equals(code))) {
                return true;
            }
        }
        return false;
    }

    private static String firstError(ServerConnection.Answer answer) {
        if (answer.json() == null) {
            // the body itself (often an HTML page) belongs in the report's details, not in the difference
            return answer.raw().body().isEmpty() ? "" : ": a " + answer.header("Content-Type") + " body, not the API's JSON";
        }
        JsonNode error = answer.json().path("errors").path(0);
        return error.isMissingNode() ? "" : ": " + error.path("code").asText() + " " + error.path("message").asText();
    }
}
