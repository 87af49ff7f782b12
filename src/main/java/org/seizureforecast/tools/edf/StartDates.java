package org.seizureforecast.tools.edf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start date/time fields. EDF writes {@code dd.mm.yy} and {@code hh.mm.ss}; the two-digit
 * year means 1985–1999 for 85–99 and 2000–2084 for 00–84 (so CHB-MIT's surrogate 76 is 2076).
 * EDF+ also writes {@code Startdate dd-MMM-yyyy} at the start of the recording field, which wins
 * when present, and puts {@code yy} in the date field for years after 2084.
 */
final class StartDates {
    private static final Pattern TRIPLE = Pattern.compile("(\\d\\d)[.:\\-/ ](\\d\\d)[.:\\-/ ](\\d\\d)");
    private static final Pattern STARTDATE = Pattern.compile("Startdate (\\d\\d)-([A-Za-z]{3})-(\\d{4})(\\s.*)?");
    private static final List<String> MONTHS =
            List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

    private StartDates() {}

    static LocalDateTime parse(String file, String dateField, String timeField, String recordingId, boolean edfPlus)
            throws EdfException {
        LocalTime time = time(file, timeField.trim());
        LocalDate plusDate = edfPlus ? startdateSubfield(file, recordingId) : null;
        if (plusDate != null) {
            return LocalDateTime.of(plusDate, time);
        }
        return LocalDateTime.of(date(file, dateField.trim()), time);
    }

    /** Year of a two-digit EDF year: 85–99 → 19yy, 00–84 → 20yy. */
    static int fullYear(int yy) {
        return yy >= 85 ? 1900 + yy : 2000 + yy;
    }

    /** The 8-character date field; {@code yy} for years EDF's two digits cannot hold. */
    static String dateField(LocalDate date) {
        if (date.getYear() < 1985 || date.getYear() > 2084) {
            return String.format(Locale.ROOT, "%02d.%02d.yy", date.getDayOfMonth(), date.getMonthValue());
        }
        return String.format(
                Locale.ROOT, "%02d.%02d.%02d", date.getDayOfMonth(), date.getMonthValue(), date.getYear() % 100);
    }

    static String timeField(LocalTime time) {
        return String.format(Locale.ROOT, "%02d.%02d.%02d", time.getHour(), time.getMinute(), time.getSecond());
    }

    /** The EDF+ recording subfield {@code Startdate dd-MMM-yyyy}. */
    static String startdateSubfield(LocalDate date) {
        return String.format(
                Locale.ROOT,
                "Startdate %02d-%s-%04d",
                date.getDayOfMonth(),
                MONTHS.get(date.getMonthValue() - 1),
                date.getYear());
    }

    private static LocalDate date(String file, String field) throws EdfException {
        Matcher m = TRIPLE.matcher(field);
        if (!m.matches()) {
            throw new EdfException(file, "start date", "\"" + field + "\" is not dd.mm.yy");
        }
        try {
            return LocalDate.of(
                    fullYear(Integer.parseInt(m.group(3))), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new EdfException(file, "start date", "\"" + field + "\" is not a calendar date");
        }
    }

    private static LocalTime time(String file, String field) throws EdfException {
        Matcher m = TRIPLE.matcher(field);
        if (!m.matches()) {
            throw new EdfException(file, "start time", "\"" + field + "\" is not hh.mm.ss");
        }
        try {
            return LocalTime.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new EdfException(file, "start time", "\"" + field + "\" is not a clock time");
        }
    }

    /** The EDF+ Startdate, or null when the subfield is absent or {@code X} (unknown). */
    private static LocalDate startdateSubfield(String file, String recordingId) throws EdfException {
        Matcher m = STARTDATE.matcher(recordingId);
        if (!m.matches()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT)) + 1;
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new EdfException(
                    file,
                    "recording Startdate",
                    "\"" + recordingId.substring(0, 21).trim() + "\" is not a calendar date");
        }
    }
}
