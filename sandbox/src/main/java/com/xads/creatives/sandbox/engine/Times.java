package com.xads.creatives.sandbox.engine;

import com.xads.creatives.rules.ApiTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The API's two time formats: ISO 8601 in UTC for Ads objects, the classic format for published Tweets. */
public final class Times {

    private static final DateTimeFormatter CLASSIC =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Times() {
    }

    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static String classic(Instant instant) {
        return CLASSIC.format(instant);
    }

    /**
     * A time as the contract admits it (the rule evaluator's reading, {@link ApiTime}); a bare date means midnight UTC.
     *
     * @throws DateTimeException when the text names no instant
     */
    public static Instant parse(String text) {
        return ApiTime.parse(text).orElseThrow(() -> new DateTimeException("not a time the API accepts: " + text));
    }
}
