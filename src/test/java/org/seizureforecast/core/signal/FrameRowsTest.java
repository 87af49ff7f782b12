package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seizureforecast.core.signal.FrameCodecTest.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameRowsTest {
    @Test
    void rowsBecomeChannelMajorSamplesAndBack() throws Exception {
        float[][] rows = {{1, 2, 3}, {4, 5, 6}};
        EegFrame frame = FrameRows.toFrame(1, "p1", "s1", 9, 100, 256, List.of("C3", "C4"), rows);
        assertThat(frame.samples()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(frame.sampleCount()).isEqualTo(3);
        assertThat(FrameRows.rows(frame)).isDeepEqualTo(rows);
    }

    @Test
    void rejectsMoreRowsThanLabels() {
        assertRejected(
                () -> FrameRows.toFrame(1, "p1", "s1", 0, 0, 256, List.of("C3"), new float[][] {{1}, {2}}),
                Rejection.CHANNEL_MISMATCH,
                "channels lists 1 label(s) but samples has 2 row(s)");
    }

    @Test
    void rejectsRaggedRows() {
        assertRejected(
                () -> FrameRows.toFrame(1, "p1", "s1", 0, 0, 256, List.of("C3", "C4"), new float[][] {{1, 2}, {3}}),
                Rejection.MALFORMED,
                "samples row 1 has 1 values, row 0 has 2");
    }

    @Test
    void rejectsMissingFieldsAndOtherVersions() {
        assertRejected(
                () -> FrameRows.toFrame(1, null, "s1", 0, 0, 256, List.of("C3"), new float[][] {{1}}),
                Rejection.MALFORMED,
                "patientId is missing");
        assertRejected(
                () -> FrameRows.toFrame(1, "p1", "s1", 0, 0, 256, List.of("C3"), null),
                Rejection.MALFORMED,
                "samples is missing");
        assertRejected(
                () -> FrameRows.toFrame(3, "p1", "s1", 0, 0, 256, List.of("C3"), new float[][] {{1}}),
                Rejection.UNSUPPORTED_VERSION,
                "format version 3");
    }
}
