package org.seizureforecast.tools.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Neighbouring recordings' seizures reach each recording's labels, across a stuck surrogate date. */
class PatientTimelineTest {
    private static final long HOUR = 3_600_000_000L;

    @Test
    void aSeizureEarlyInTheNextFileMakesTheEndOfThisFilePreictal() {
        long t0 = 1_000 * HOUR;
        PatientTimeline timeline = new PatientTimeline(List.of(
                new PatientTimeline.Part(t0, List.of()),
                new PatientTimeline.Part(t0 + HOUR, List.of(new double[] {600, 660}))));
        List<double[]> seenByFirst = timeline.seizuresRelativeTo(0);
        assertThat(seenByFirst).singleElement().satisfies(s -> assertThat(s).containsExactly(4200, 4260));
        WindowLabeler labeler = new WindowLabeler(seenByFirst, WindowLabeler.Spans.DEFAULT);
        assertThat(labeler.label(3000, 3005))
                .as("20 min before the onset in the next file")
                .isEqualTo(WindowLabeler.PREICTAL);
        assertThat(new WindowLabeler(List.of(), WindowLabeler.Spans.DEFAULT).label(3000, 3005))
                .as("the same window labelled from its own file alone")
                .isEqualTo(WindowLabeler.INTERICTAL);
        assertThat(timeline.seizuresRelativeTo(1))
                .singleElement()
                .satisfies(s -> assertThat(s).containsExactly(600, 660));
    }

    @Test
    void aStartBeforeThePreviousStartIsTheNextDay() {
        long lateEvening = 23 * HOUR;
        long afterMidnightSameDate = HOUR / 2; // 00:30 with the date not advanced
        PatientTimeline timeline = new PatientTimeline(List.of(
                new PatientTimeline.Part(lateEvening, List.of(new double[] {10, 20})),
                new PatientTimeline.Part(afterMidnightSameDate, List.of())));
        assertThat(timeline.startMicros(1)).isEqualTo(24 * HOUR + HOUR / 2);
        assertThat(timeline.seizuresRelativeTo(1))
                .singleElement()
                .satisfies(s -> assertThat(s).containsExactly(10 - 5400.0, 20 - 5400.0));
    }
}
