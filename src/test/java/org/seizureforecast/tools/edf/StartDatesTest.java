package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The EDF two-digit year rule and the EDF+ Startdate subfield. */
class StartDatesTest {

    @ParameterizedTest
    @CsvSource({"85,1985", "99,1999", "00,2000", "76,2076", "84,2084"})
    void resolvesTwoDigitYearsByTheEdfClippingRule(String yy, int year) throws EdfException {
        LocalDateTime t = StartDates.parse("f", "06.11." + yy, "13.43.04", "", false);
        assertThat(t).isEqualTo(LocalDateTime.of(year, 11, 6, 13, 43, 4));
    }

    @ParameterizedTest
    @CsvSource({
        "Startdate 06-NOV-2076 X X X, true, 2076-11-06T01:02:03",
        "Startdate 31-dec-1979 X X X, true, 1979-12-31T01:02:03",
        "Startdate X X X X, true, 2001-01-01T01:02:03",
        "Startdate 31-DEC-1979 X X X, false, 2001-01-01T01:02:03"
    })
    void prefersTheEdfPlusStartdateWhenPresent(String recording, boolean edfPlus, String expected) throws EdfException {
        assertThat(StartDates.parse("f", "01.01.01", "01.02.03", recording, edfPlus))
                .isEqualTo(LocalDateTime.parse(expected));
    }
}
