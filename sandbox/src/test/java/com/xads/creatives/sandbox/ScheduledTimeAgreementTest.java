package com.xads.creatives.sandbox;

import com.xads.creatives.rules.ApiTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One reading of scheduled_at for the one-year rule and the sandbox: for random instants and every form the contract
 * admits (Z, +01:00, +0100, a bare date), a time the rule lets through is stored as exactly that instant, and a time
 * more than a year ahead is refused naming scheduled_at, whichever way it is written.
 */
class ScheduledTimeAgreementTest {

    private static TestSandbox sandbox;
    private static Instant now;

    @BeforeContainer
    static void start() {
        sandbox = TestSandbox.startWithoutRateLimits();
        now = sandbox.now();
    }

    @AfterContainer
    static void stop() {
        sandbox.close();
    }

    record Written(Instant instant, String text) {
    }

    @Provide
    Arbitrary<Written> times() {
        // from an hour to two years ahead, away from the one-year bound by a day so the two clocks cannot disagree
        Arbitrary<Long> minutes = Arbitraries.longs().between(60, 2 * 366 * 24 * 60)
                .filter(m -> Math.abs(m - 365L * 24 * 60) > 24 * 60);
        Arbitrary<Integer> offsetMinutes = Arbitraries.of(-720, -330, -60, 0, 60, 330, 540, 840);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 4);
        return Combinators.combine(minutes, offsetMinutes, form).as((m, off, f) -> {
            Instant at = now.plus(Duration.ofMinutes(m)).truncatedTo(ChronoUnit.MINUTES);
            if (f == 4) {
                Instant midnight = at.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
                return new Written(midnight, DateTimeFormatter.ISO_LOCAL_DATE.format(midnight.atOffset(ZoneOffset.UTC)));
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(off * 60);
            String local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(at.atOffset(offset));
            String sign = off < 0 ? "-" : "+";
            String hh = String.format("%02d", Math.abs(off) / 60);
            String mm = String.format("%02d", Math.abs(off) % 60);
            return new Written(at, switch (f) {
                case 0 -> DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").format(at.atOffset(ZoneOffset.UTC));
                case 1 -> local + sign + hh + ":" + mm;
                case 2 -> local + sign + hh + mm;
                default -> local + ":00" + sign + hh + mm;
            });
        });
    }

    @Property(tries = 150, seed = "20261201", edgeCases = EdgeCasesMode.NONE)
    void ruleAndSandboxReadTheSameInstant(@ForAll("times") Written written) {
        assertEquals(written.instant(), ApiTime.parse(written.text()).orElseThrow(), written.text());
        TestSandbox.Reply reply = sandbox.send("POST", "/12/accounts/18ce54d4x5t/scheduled_tweets", Map.of(
                "as_user_id", "756201191646691328", "text", "at " + written.text(), "scheduled_at", written.text()), null);
        boolean beyondAYear = written.instant().isAfter(now.plus(Duration.ofDays(365)));
        if (beyondAYear) {
            assertEquals(400, reply.status(), reply::toString);
            assertEquals("scheduled_at", reply.json().path("errors").path(0).path("parameter").asText(), reply::toString);
        } else {
            assertEquals(200, reply.status(), reply::toString);
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(written.instant()),
                    reply.json().path("data").path("scheduled_at").asText(), written.text());
            sandbox.send("DELETE", "/12/accounts/18ce54d4x5t/scheduled_tweets/" + reply.json().path("data").path("id").asText(),
                    Map.of(), null);
        }
    }
}
