package com.xads.creatives.rules;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reading of the times the contract admits in requests (the pattern of {@code scheduled_at} and the other
 * date-time parameters): a date ({@code 2027-01-01}, midnight UTC), or a date and a time to the minute or second with
 * an offset written {@code Z}, {@code +01:00} or {@code +0100}. The rule evaluator and the sandbox both read times
 * here, so a time one of them accepts is the same instant for the other. A text that is not one of these forms, or
 * names a date or time that does not exist ({@code 2027-02-30}, {@code 24:00}), has no reading.
 */
public final class ApiTime {

    private static final Pattern FORM = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:(Z)|([+-])(\\d{2}):?(\\d{2})))?$");

    private ApiTime() {
    }

    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneOffset offset = m.group(7) != null ? ZoneOffset.UTC : ZoneOffset.ofHoursMinutes(
                    Integer.parseInt(m.group(8) + m.group(9)), Integer.parseInt(m.group(8) + m.group(10)));
            return Optional.of(date.atTime(time).toInstant(offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
