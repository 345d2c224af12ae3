package com.xads.creatives.sandbox.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the API paths received, as the sandbox saw it; never its Authorization header.
 *
 * @param sequence    its place among every request since the start (gaps where the bound dropped old ones)
 * @param at          when it arrived, on the sandbox clock
 * @param operationId the operation it named, or null when no route matched
 * @param query       the query's pairs, decoded, by name in order
 * @param body        the body as received (form or JSON), or null when empty
 * @param userId      the verified user, or null (unsigned with --auth oauth, or refused)
 * @param status      the status it was answered with (0 when the connection was closed instead)
 * @param millis      how long the sandbox took, faults' delays included
 * @param fault       the fault applied, or null
 */
public record JournalEntry(long sequence, Instant at, String method, String path, String operationId,
                           Map<String, List<String>> query, String body, String userId, int status, long millis,
                           String fault) {
}
