package com.xads.creatives.sandbox.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** A date or a date-time with an offset, as the API accepts it; a bare date means midnight UTC. */
    public static Instant parse(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (text.matches(".*T\\d{2}:\\d{2}(Z|[+-].*)$")) {
            text = text.replaceFirst("(T\\d{2}:\\d{2})", "$1:00");
        }
        return OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
    }
}
