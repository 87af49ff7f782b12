package org.seizureforecast.tools.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.Interval;
import org.seizureforecast.tools.scoring.InvalidAnnotationException;
import org.seizureforecast.tools.scoring.RecordingEvaluator;
import org.seizureforecast.tools.scoring.RecordingScore;

/** Forecast metric definitions at their boundaries (SPH 5 min, SOP 45 min, post-ictal 30 min). */
class ForecastScorerTest {
    private static final ForecastParameters P = ForecastParameters.DEFAULT;
    private static final List<Interval> SEIZURE_AT_10000 = List.of(new Interval(10_000, 10_060));
    private static final double DAY = 86_400;

    private static ForecastCounts score(double... alarms) {
        return ForecastScorer.evaluate(alarms, SEIZURE_AT_10000, DAY, P);
    }

    @Test
    void anAlarmPredictsASeizureFromSopPlusSphUpToSphBeforeOnsetInclusive() {
        assertThat(score(10_000 - 3000).predictedSeizures()).isEqualTo(1);
        assertThat(score(10_000 - 300).predictedSeizures()).isEqualTo(1);
        assertThat(score(10_000 - 299.99).predictedSeizures()).isZero();
        assertThat(score(10_000 - 3000.01).predictedSeizures()).isZero();
        assertThat(score(10_000 - 300).sensitivity()).isEqualTo(1.0);
    }

    @Test
    void onlyAlarmsInInterictalTimeAreFalseAndCountPerInterictalHour() {
        // excluded: [7000, 11860); alarms inside it (pre-ictal too late, ictal, post-ictal) are not false
        ForecastCounts c = score(9_800, 10_030, 11_859, 11_860, 6_999, 50_000);

        assertThat(c.alarms()).isEqualTo(6);
        assertThat(c.falseAlarms()).isEqualTo(3);
        assertThat(c.interictalSeconds()).isEqualTo(DAY - 4860);
        assertThat(c.falseAlarmsPerHour()).isEqualTo(3 / ((DAY - 4860) / 3600));
    }

    @Test
    void timeInWarningIsTheUnionOfOccurrencePeriodsClippedToTheRecording() {
        // periods [1300, 4000] and [2300, 5000] overlap; [DAY-100+300, ...] starts past the end
        ForecastCounts c = score(1000, 2000, DAY - 100);

        assertThat(c.warningSeconds()).isEqualTo(3700);
        assertThat(c.timeInWarning()).isEqualTo(3700 / DAY);
    }

    @Test
    void undefinedRatiosAreNaN() {
        ForecastCounts none = ForecastScorer.evaluate(new double[0], List.of(), 3600, P);

        assertThat(none.sensitivity()).isNaN();
        assertThat(none.falseAlarmsPerHour()).isZero();
        assertThat(ForecastScorer.evaluate(new double[0], List.of(new Interval(0, 3600)), 3600, P)
                        .falseAlarmsPerHour())
                .isNaN();
    }

    @Test
    void occurrencePeriodsScoreAsSzcoreEvents() {
        String header = "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n";
        AnnotationFile ref = AnnotationReader.parse("ref", header + "10000\t60\tsz\tn/a\tn/a\tn/a\t86400\n");
        AnnotationFile periods = ForecastScorer.occurrencePeriodsAsHypothesis("alarms", new double[] {7500}, 86_400, P);

        RecordingScore score = RecordingEvaluator.evaluate(ref, periods);

        // period [7800, 10500] splits into 9 pieces of 300 s; only [9900, 10200) touches the TP
        // window [9970, 10120), the other 8 are false positives
        assertThat(score.event().score().tp()).isEqualTo(1);
        assertThat(score.event().score().fp()).isEqualTo(8);
        assertThat(score.event().hypothesisEvents()).hasSize(9);
    }

    @Test
    void alarmFilesMustMatchTheReferenceAndStayInsideIt() {
        String header = "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n";
        AnnotationFile ref = AnnotationReader.parse("ref", header + "0\t3600\tbckg\tn/a\tn/a\tn/a\t3600\n");

        assertThat(ForecastAlarms.times(
                        AnnotationReader.parse(
                                "a", header + "30\t0\tsz\tn/a\tn/a\tn/a\t3600\n10\t0\tsz\t0.9\tn/a\tn/a\t3600\n"),
                        ref))
                .containsExactly(10, 30);
        assertThat(ForecastAlarms.times(AnnotationReader.parse("a", header), ref))
                .isEmpty();
        assertThatThrownBy(() -> ForecastAlarms.times(
                        AnnotationReader.parse("a", header + "4000\t0\tsz\tn/a\tn/a\tn/a\t3600\n"), ref))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage("a: line 2: alarm onset 4000.0 s lies outside the recording [0, 3600.0] s");
        assertThatThrownBy(() -> ForecastAlarms.times(
                        AnnotationReader.parse("a", header + "40\t0\tsz\tn/a\tn/a\tn/a\t7200\n"), ref))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage("a: line 2: recordingDuration 7200.0 s differs from the reference's 3600.0 s");
    }
}
