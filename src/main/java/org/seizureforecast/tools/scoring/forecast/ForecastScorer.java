package org.seizureforecast.tools.scoring.forecast;

import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.Detection;
import org.seizureforecast.tools.scoring.Interval;

/**
 * Scores {@code FORECAST} alarm times against reference seizures. With an alarm at time
 * {@code a} and the parameters SPH and SOP:
 * <ul>
 *   <li><b>occurrence period</b> of the alarm: {@code [a + SPH, a + SPH + SOP]};
 *   <li><b>sensitivity</b>: a seizure with onset {@code o} is predicted iff some alarm lies in
 *       {@code [o - SPH - SOP, o - SPH]} (both ends included), i.e. its onset falls in that
 *       alarm's occurrence period; sensitivity = predicted / seizures;
 *   <li><b>interictal time</b>: the recording minus, for every seizure {@code [o, e)}, the span
 *       {@code [o - SPH - SOP, e + postIctal)} (pre-ictal alarm zone, the seizure itself, and the
 *       post-ictal period), clipped to the recording;
 *   <li><b>false alarms per hour</b>: alarms raised in interictal time divided by interictal
 *       hours. Such an alarm cannot predict any seizure; alarms raised inside an excluded span
 *       are neither true nor false;
 *   <li><b>time in warning</b>: the share of the recording covered by the union of the
 *       occurrence periods (clipped to the recording);
 *   <li><b>SzCORE event F1</b>: each occurrence period written as an {@code sz} event with the
 *       official writer ({@link #occurrencePeriodsAsHypothesis}) and scored like a detection.
 * </ul>
 * Stateless and thread-safe.
 */
public final class ForecastScorer {

    private ForecastScorer() {}

    /**
     * Counts for one recording.
     *
     * @param alarmTimes alarm times in seconds from the recording start, each in
     *     {@code [0, recordingDuration]}
     * @param seizures reference seizures, seconds
     * @param recordingDuration recording length in seconds
     */
    public static ForecastCounts evaluate(
            double[] alarmTimes, List<Interval> seizures, double recordingDuration, ForecastParameters p) {
        checkAlarms(alarmTimes, recordingDuration);
        long predicted = seizures.stream()
                .filter(s -> predicted(s.start(), alarmTimes, p))
                .count();
        List<Interval> excluded = new ArrayList<>();
        for (Interval s : seizures) {
            excluded.add(new Interval(s.start() - p.sph() - p.sop(), s.end() + p.postIctal()));
        }
        excluded = Spans.union(excluded, recordingDuration);
        long falseAlarms = 0;
        for (double a : alarmTimes) {
            if (!Spans.contains(excluded, a)) {
                falseAlarms++;
            }
        }
        double warning = Spans.length(Spans.union(occurrencePeriods(alarmTimes, p), recordingDuration));
        return new ForecastCounts(
                seizures.size(),
                predicted,
                alarmTimes.length,
                falseAlarms,
                recordingDuration - Spans.length(excluded),
                warning,
                recordingDuration);
    }

    /** The occurrence period {@code [a + SPH, a + SPH + SOP]} of each alarm, in alarm order. */
    public static List<Interval> occurrencePeriods(double[] alarmTimes, ForecastParameters p) {
        List<Interval> out = new ArrayList<>(alarmTimes.length);
        for (double a : alarmTimes) {
            out.add(new Interval(a + p.sph(), a + p.sph() + p.sop()));
        }
        return out;
    }

    /**
     * The occurrence periods written as an SzCORE hypothesis file by the official writer (two
     * decimals, {@code bckg} row when there are no alarms) and read back, ready for
     * {@link org.seizureforecast.tools.scoring.RecordingEvaluator}. Periods running past the
     * recording end are clipped by the scoring itself, as for any detection.
     */
    public static AnnotationFile occurrencePeriodsAsHypothesis(
            String source, double[] alarmTimes, double recordingDuration, ForecastParameters p) {
        List<Detection> events = new ArrayList<>();
        for (Interval period : occurrencePeriods(alarmTimes, p)) {
            events.add(Detection.seizure(period.start(), period.duration(), Double.NaN));
        }
        return AnnotationReader.parse(source, AnnotationWriter.format(events, recordingDuration, null));
    }

    private static boolean predicted(double onset, double[] alarmTimes, ForecastParameters p) {
        for (double a : alarmTimes) {
            if (a >= onset - p.sph() - p.sop() && a <= onset - p.sph()) {
                return true;
            }
        }
        return false;
    }

    private static void checkAlarms(double[] alarmTimes, double recordingDuration) {
        for (double a : alarmTimes) {
            if (!(a >= 0 && a <= recordingDuration)) {
                throw new IllegalArgumentException(
                        "alarm time " + a + " s lies outside the recording [0, " + recordingDuration + "] s");
            }
        }
    }
}
