package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seizureforecast.tools.edf.EdfTestFiles.patch;
import static org.seizureforecast.tools.edf.EdfTestFiles.patchField;
import static org.seizureforecast.tools.edf.EdfTestFiles.signalField;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncated files, lying headers and bad numbers fail at open with the file, field and problem. */
class EdfReaderRejectsBadFilesTest {
    private static final long HEADER = 256L * (EdfTestFiles.NS + 1);
    private static final long RECORD = 4 * 256 * 2 + 128;

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void writeValidFile() throws IOException {
        file = EdfTestFiles.valid(dir);
        assertThat(Files.size(file)).isEqualTo(HEADER + 10 * RECORD);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> opening() {
        return assertThatThrownBy(() -> EdfReader.open(file).close())
                .isInstanceOf(EdfException.class)
                .hasMessageStartingWith(file + ": ");
    }

    @Test
    void rejectsAFileShorterThanTheFixedHeader() throws IOException {
        EdfTestFiles.truncate(file, 100);
        opening().hasMessageContaining("header: file is 100 bytes, shorter than the 256-byte fixed header");
    }

    @Test
    void rejectsATruncatedSignalHeader() throws IOException {
        EdfTestFiles.truncate(file, 700);
        opening().hasMessageContaining("header: file is 700 bytes but the header of 5 signals needs 1536 (truncated)");
    }

    @Test
    void rejectsTruncatedDataRecords() throws IOException {
        EdfTestFiles.truncate(file, HEADER + 10 * RECORD - 10);
        opening()
                .hasMessageContaining("number of data records: header says 10 records")
                .hasMessageContaining("truncated after 9 complete records");
    }

    @Test
    void rejectsBytesAfterTheLastRecord() throws IOException {
        Files.write(file, new byte[7], StandardOpenOption.APPEND);
        opening().hasMessageContaining("7 unexplained bytes after the last record");
    }

    @Test
    void rejectsAHeaderByteCountThatDoesNotMatchTheSignalCount() throws IOException {
        patchField(file, 184, 8, "1024");
        opening().hasMessageContaining("number of bytes in header: 1024 but 5 signals need 256 * (5 + 1) = 1536");
    }

    @Test
    void rejectsARecordCountTheFileSizeContradicts() throws IOException {
        patchField(file, 236, 8, "12");
        opening().hasMessageContaining("number of data records: header says 12 records");
    }

    @Test
    void computesTheRecordCountFromTheFileSizeWhenTheHeaderSaysMinusOne() throws IOException {
        patchField(file, 236, 8, "-1");
        Files.write(file, new byte[100], StandardOpenOption.APPEND); // a partial record
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.header().numRecords()).isEqualTo(10);
        }
    }

    @Test
    void rejectsANegativeRecordCountOtherThanMinusOne() throws IOException {
        patchField(file, 236, 8, "-5");
        opening().hasMessageContaining("number of data records: -5 is negative");
    }

    @Test
    void rejectsANonNumericRecordCount() throws IOException {
        patchField(file, 236, 8, "ten");
        opening().hasMessageContaining("number of data records: \"ten\" is not an integer");
    }

    @Test
    void rejectsANonNumericSignalCount() throws IOException {
        patchField(file, 252, 4, "x");
        opening().hasMessageContaining("number of signals: \"x\" is not an integer");
    }

    @Test
    void rejectsANonNumericRecordDuration() throws IOException {
        patchField(file, 244, 8, "1s");
        opening().hasMessageContaining("duration of a data record: \"1s\" is not a number");
    }

    @Test
    void rejectsAZeroRecordDurationForDataSignals() throws IOException {
        patchField(file, 244, 8, "0");
        opening().hasMessageContaining("duration of a data record: 0.0 s; must be > 0");
    }

    @Test
    void rejectsANonNumericPhysicalMinimumNamingTheSignal() throws IOException {
        patchField(file, signalField(1, EdfTestFiles.BEFORE_PHYS_MIN, 8), 8, "abc");
        opening().hasMessageContaining("signal 2 (F7-T7) physical minimum: \"abc\" is not a number");
    }

    @Test
    void rejectsDigitalMinimumNotBelowMaximum() throws IOException {
        patchField(file, signalField(0, EdfTestFiles.BEFORE_DIG_MIN, 8), 8, "32767");
        opening()
                .hasMessageContaining(
                        "signal 1 (FP1-F7) digital range: digital minimum 32767 is not below digital maximum 32767");
    }

    @Test
    void rejectsADigitalRangeBeyond16Bits() throws IOException {
        patchField(file, signalField(2, EdfTestFiles.BEFORE_DIG_MAX, 8), 8, "65535");
        opening().hasMessageContaining("signal 3 (T8-P8) digital range: -32768..65535 exceeds 16 bits");
    }

    @Test
    void rejectsEqualPhysicalBounds() throws IOException {
        patchField(file, signalField(1, EdfTestFiles.BEFORE_PHYS_MIN, 8), 8, "400");
        opening().hasMessageContaining("signal 2 (F7-T7) physical range: physical minimum equals physical maximum");
    }

    @Test
    void rejectsZeroSamplesPerRecord() throws IOException {
        patchField(file, signalField(3, EdfTestFiles.BEFORE_SAMPLES, 8), 8, "0");
        opening().hasMessageContaining("signal 4 (T8-P8) number of samples in each data record: 0 is not in 1..");
    }

    @Test
    void rejectsAnImpossibleStartDate() throws IOException {
        patchField(file, 88, 80, "not EDF+ any more"); // so the header date is used, not Startdate
        patchField(file, 168, 8, "31.02.76");
        opening().hasMessageContaining("start date: \"31.02.76\" is not a calendar date");
    }

    @Test
    void rejectsAGarbledStartTime() throws IOException {
        patchField(file, 176, 8, "13h43m");
        opening().hasMessageContaining("start time: \"13h43m\" is not hh.mm.ss");
    }

    @Test
    void rejectsABdfFile() throws IOException {
        patch(file, 0, new byte[] {(byte) 0xFF, 'B', 'I', 'O', 'S', 'E', 'M', 'I'});
        opening().hasMessageContaining("version: ").hasMessageContaining("BDF is not supported");
    }

    @Test
    void rejectsAMalformedAnnotationWhenAnnotationsAreRead() throws IOException {
        long annotationsOfRecord3 = HEADER + 3 * RECORD + 4 * 256 * 2;
        patch(file, annotationsOfRecord3, "+3x".getBytes(StandardCharsets.US_ASCII));
        try (EdfReader reader = EdfReader.open(file)) {
            assertThatThrownBy(reader::annotations)
                    .isInstanceOf(EdfException.class)
                    .hasMessage(file + ": annotations of data record 3: TAL onset \"+3x\" is not +seconds or -seconds");
        }
    }
}
