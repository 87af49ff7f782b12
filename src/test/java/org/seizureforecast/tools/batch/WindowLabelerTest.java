package org.seizureforecast.tools.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowLabelerTest {
    // one seizure 10 h into the recording, 60 s long
    private final WindowLabeler labeler =
            new WindowLabeler(List.of(new double[] {36_000, 36_060}), WindowLabeler.Spans.DEFAULT);

    @Test
    void labelsFollowTheStanProtocol() {
        assertThat(labeler.label(36_010, 36_015)).isEqualTo(WindowLabeler.ICTAL);
        assertThat(labeler.label(35_996, 36_001)).as("midpoint before onset").isNotEqualTo(WindowLabeler.ICTAL);
        assertThat(labeler.label(36_000 - 3000, 36_000 - 2995)).isEqualTo(WindowLabeler.PREICTAL);
        assertThat(labeler.label(36_000 - 305, 36_000 - 300)).isEqualTo(WindowLabeler.PREICTAL);
        assertThat(labeler.label(36_000 - 302.5, 36_000 - 297.5))
                .as("inside the SPH")
                .isEqualTo(WindowLabeler.UNLABELLED);
        assertThat(labeler.label(36_100, 36_105)).as("post-ictal").isEqualTo(WindowLabeler.UNLABELLED);
        assertThat(labeler.label(100, 105)).as("9.9 h before").isEqualTo(WindowLabeler.INTERICTAL);
        assertThat(labeler.label(36_000 - 4 * 3600 + 10, 36_000 - 4 * 3600 + 15))
                .as("< 4 h before")
                .isEqualTo(WindowLabeler.UNLABELLED);
        assertThat(labeler.label(36_060 + 4 * 3600, 36_065 + 4 * 3600)).isEqualTo(WindowLabeler.INTERICTAL);
    }

    @Test
    void withoutSeizuresEverythingIsInterictal() {
        assertThat(new WindowLabeler(List.of(), WindowLabeler.Spans.DEFAULT).label(0, 5))
                .isEqualTo(WindowLabeler.INTERICTAL);
    }
}
