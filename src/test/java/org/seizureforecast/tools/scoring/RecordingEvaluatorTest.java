package org.seizureforecast.tools.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reference quirks reproduced on purpose (see szcore-spec.md sections 3 to 7). */
class RecordingEvaluatorTest {
    private static final String HEADER = AnnotationReaderTest.HEADER;

    private static AnnotationFile file(String name, String rows) {
        return AnnotationReader.parse(name, HEADER + rows);
    }

    private static String row(String onset, String duration, String recordingDuration) {
        return onset + "\t" + duration + "\tsz\tn/a\tn/a\tn/a\t" + recordingDuration + "\n";
    }

    @Test
    void truncatesToWholeSecondsSoSubSecondEventsVanish() {
        AnnotationFile ref = file("ref", row("600.90", "39.20", "3600"));

        assertThat(LabelQuantiser.oneSecondEvents(ref).events()).containsExactly(new Interval(600, 640));
        assertThat(LabelQuantiser.oneSecondEvents(file("hyp", row("620.20", "0.50", "3600")))
                        .events())
                .isEmpty();
    }

    @Test
    void negativeOnsetUsuallySelectsNothingButCanWrapAroundLikeAPythonSlice() {
        assertThat(LabelQuantiser.oneSecondEvents(file("a", row("-5", "20", "3600")))
                        .events())
                .isEmpty();
        assertThat(LabelQuantiser.oneSecondEvents(file("b", row("-5", "3610", "3600")))
                        .events())
                .containsExactly(new Interval(3595, 3600));
    }

    @Test
    void overlappingAndUnsortedRowsAreUnited() {
        AnnotationFile hyp = file(
                "hyp", row("700", "50", "3600") + row("600", "120", "3600") + "0\t3600\tbckg\tn/a\tn/a\tn/a\t3600\n");

        assertThat(LabelQuantiser.oneSecondEvents(hyp).events()).containsExactly(new Interval(600, 750));
    }

    @Test
    void headerOnlyOrZeroLengthHypothesisScoresAsEmptyAtLoadStage() {
        AnnotationFile ref = file("ref", row("600", "40", "3600"));

        RecordingScore headerOnly = RecordingEvaluator.evaluate(ref, file("hyp", ""));
        RecordingScore zeroLength = RecordingEvaluator.evaluate(ref, file("hyp", row("0", "0.5", "0.5")));

        assertThat(headerOnly.fallback().stage()).isEqualTo(HypothesisFallback.Stage.LOAD_HYPOTHESIS);
        assertThat(headerOnly.fallback().explanation()).startsWith("hyp: header only");
        assertThat(zeroLength.fallback().stage()).isEqualTo(HypothesisFallback.Stage.LOAD_HYPOTHESIS);
        assertThat(zeroLength.event().score().fn()).isEqualTo(1);
    }

    @Test
    void fractionalRecordingDurationWithTheSameWholeSecondsIsUsable() {
        AnnotationFile ref = file("ref", row("600", "40", "3600"));

        RecordingScore score = RecordingEvaluator.evaluate(ref, file("hyp", row("600", "40", "3600.99")));

        assertThat(score.fallback()).isNull();
        assertThat(score.event().score().tp()).isEqualTo(1);
    }

    @Test
    void referenceWithoutRowsOrLabelsIsRejected() {
        assertThatThrownBy(() -> RecordingEvaluator.evaluate(file("ref", ""), null))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessageStartingWith("ref: reference has no data rows");
        assertThatThrownBy(() -> RecordingEvaluator.evaluate(file("ref", row("0", "0.5", "0.9")), null))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage("ref: line 2: reference recordingDuration 0.9 s is shorter than one 1 s label");
    }

    @Test
    void oneLongDetectionOnAShortSeizureGivesOneTpAndTwoFps() {
        RecordingScore score = RecordingEvaluator.evaluate(
                file("ref", row("600", "40", "3600")), file("hyp", row("590", "900", "3600")));

        assertThat(score.event().score()).isEqualTo(new Score(1, 2, 1, 36000, 10));
        assertThat(score.event().hypothesisEvents())
                .containsExactly(new Interval(590, 890), new Interval(890, 1190), new Interval(1190, 1490));
    }
}
