package org.seizureforecast.tools.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The writer produces byte-for-byte what the official {@code saveTsv} writes. */
class AnnotationWriterTest {
    private static final String HEADER = AnnotationReaderTest.HEADER;

    @Test
    void writesOneBackgroundRowWhenThereAreNoDetections() {
        assertThat(AnnotationWriter.format(List.of(), 3599.5, null))
                .isEqualTo(HEADER + "0.00\t3599.50\tbckg\tn/a\tn/a\tn/a\t3599.50\n");
    }

    @Test
    void writesDetectionsInOrderWithTwoDecimalsAndNoPadding() {
        String tsv = AnnotationWriter.format(
                List.of(
                        Detection.seizure(1200, 35.25, 0.875),
                        Detection.seizure(600.004, 40, Double.NaN),
                        new Detection(10, 5, "sz_foc_ia", 1)),
                3600,
                LocalDateTime.of(2024, 3, 18, 9, 0, 0));

        assertThat(tsv)
                .isEqualTo(HEADER
                        + "1200.00\t35.25\tsz\t0.88\tn/a\t2024-03-18 09:00:00\t3600.00\n"
                        + "600.00\t40.00\tsz\tn/a\tn/a\t2024-03-18 09:00:00\t3600.00\n"
                        + "10.00\t5.00\tsz_foc_ia\t1.00\tn/a\t2024-03-18 09:00:00\t3600.00\n");
    }

    @Test
    void roundsLikePythonFormat() {
        // Python: '%.2f' of the exact binary value, ties to even.
        assertThat(TwoDecimals.format(0.125)).isEqualTo("0.12");
        assertThat(TwoDecimals.format(0.375)).isEqualTo("0.38");
        assertThat(TwoDecimals.format(2.675)).isEqualTo("2.67");
        assertThat(TwoDecimals.format(3599.996)).isEqualTo("3600.00");
        assertThat(TwoDecimals.format(-0.001)).isEqualTo("-0.00");
        assertThat(TwoDecimals.format(1e7)).isEqualTo("10000000.00");
    }

    @Test
    void writtenFilesReadBackToTheSameEvents() {
        String tsv = AnnotationWriter.format(List.of(Detection.seizure(12.5, 30, 0.5)), 600, null);

        AnnotationFile file = AnnotationReader.parse("w.tsv", tsv);

        assertThat(file.rows()).containsExactly(new AnnotationRow(2, 12.5, 30, "sz", "0.50", "n/a", "n/a", 600));
    }

    @Test
    void rejectsWhatTheFormatCannotHold() {
        assertThatThrownBy(() -> Detection.seizure(Double.NaN, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Detection(0, 1, "sz-foc", 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Detection.seizure(0, 1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnnotationWriter.format(List.of(), -1, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesOnsetChannelsAndSubtypeCodes() {
        String text = AnnotationWriter.format(
                List.of(new Detection(1234.5678, 61.004, "sz_foc_f2b", Double.NaN, "F7-T7,T7-P7")),
                3599.996,
                LocalDateTime.of(2076, 11, 6, 14, 32, 59));
        Assertions.assertThat(text.split("\n")[1])
                .isEqualTo("1234.57\t61.00\tsz_foc_f2b\tn/a\tF7-T7,T7-P7\t2076-11-06 14:32:59\t3600.00");
    }
}
