package org.seizureforecast.adapter.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query-parameter times: ISO-8601 instants or epoch microseconds. */
final class Times {
    private Times() {}

    static long parse(String name, String value, long absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            if (value.chars().allMatch(ch -> ch == '-' || Character.isDigit(ch))) {
                return Long.parseLong(value);
            }
            Instant t = Instant.parse(value);
            return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ProblemException.badRequest("'" + name + "' must be an ISO-8601 instant"
                    + " (2026-01-31T12:00:00Z) or epoch microseconds, was '" + value + "'");
        }
    }
}
