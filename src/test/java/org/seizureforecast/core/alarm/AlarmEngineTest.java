package org.seizureforecast.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

class AlarmEngineTest {
    private static final long HOP = 2_500_000L;
    private static final long LEN = 5_000_000L;
    private static final List<ModelInfo> MODELS = List.of(new ModelInfo("m", "1", "builtin"));

    /** Drives the engine with a series of (ictal, preictal) per window, 2.5 s hop. */
    private static List<Alarm> run(AlarmEngine engine, double[] ictal, double[] preictal, long t0) {
        List<Alarm> out = new ArrayList<>();
        for (int i = 0; i < ictal.length; i++) {
            out.addAll(engine.onWindow(
                            window("p1", i, t0 + i * HOP, false),
                            new WindowScore(ictal[i], preictal[i], 0, Explanation.NONE),
                            MODELS)
                    .alarms());
        }
        out.addAll(engine.finish("p1"));
        return out;
    }

    private static AnalysisWindow window(String patient, long index, long start, boolean afterGap) {
        return new AnalysisWindow(
                patient,
                "s1",
                index,
                start,
                start + LEN,
                List.of("C"),
                1,
                new float[1],
                new boolean[] {true},
                afterGap);
    }

    @Test
    void raisesSeizureOnKOfNAndEndsAfterMisses() {
        double[] ictal = new double[40];
        for (int i = 10; i < 20; i++) {
            ictal[i] = 0.95;
        }
        List<Alarm> alarms = run(new AlarmEngine(AlarmPolicy.DEFAULT), ictal, new double[40], 0);
        assertThat(alarms).extracting(Alarm::kind).containsOnly(AlarmKind.SEIZURE);
        assertThat(alarms).extracting(Alarm::state).containsExactly(AlarmState.ACTIVE, AlarmState.ENDED);
        Alarm ended = alarms.get(1);
        assertThat(ended.id()).isEqualTo(alarms.get(0).id());
        // hits are windows 10..19; raised at window 12 (3 of 4), onset = first hit's start
        assertThat(ended.onsetMicros()).isEqualTo(10 * HOP);
        assertThat(alarms.get(0).raisedMicros()).isEqualTo(12 * HOP + LEN);
        assertThat(ended.endMicros()).isEqualTo(19 * HOP + LEN);
    }

    @Test
    void singleHitDoesNotRaise() {
        double[] ictal = new double[20];
        ictal[5] = 1.0;
        ictal[6] = 0.2;
        assertThat(run(new AlarmEngine(AlarmPolicy.DEFAULT), ictal, new double[20], 0))
                .isEmpty();
    }

    @Test
    void gapClosesOpenSeizureEvent() {
        AlarmEngine engine = new AlarmEngine(AlarmPolicy.DEFAULT);
        List<Alarm> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.addAll(engine.onWindow(
                            window("p1", i, i * HOP, false), new WindowScore(0.99, 0, 0, Explanation.NONE), MODELS)
                    .alarms());
        }
        assertThat(out).hasSize(1);
        out.addAll(engine.onWindow(
                        window("p1", 6, 3_600_000_000L, true), new WindowScore(0.0, 0, 0, Explanation.NONE), MODELS)
                .alarms());
        assertThat(out).extracting(Alarm::state).containsExactly(AlarmState.ACTIVE, AlarmState.ENDED);
        assertThat(out.get(1).endMicros()).isEqualTo(5 * HOP + LEN);
    }

    @Test
    void artifactWindowsDoNotCountAsHits() {
        AlarmEngine engine = new AlarmEngine(AlarmPolicy.DEFAULT);
        List<Alarm> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.addAll(engine.onWindow(
                            window("p1", i, i * HOP, false), new WindowScore(0.99, 0, 0.95, Explanation.NONE), MODELS)
                    .alarms());
        }
        assertThat(out).isEmpty();
    }

    @Test
    void forecastFiresOnCrossingAfterCoverageAndRespectsRefractory() {
        int n = (int) (4 * 3600 * 1e6 / HOP); // 4 h
        double[] risk = new double[n];
        // risk high from 30 min to 40 min, then again 50-60 min (inside 30 min refractory), then 2 h.
        fill(risk, 30, 40, 0.9);
        fill(risk, 50, 60, 0.9);
        fill(risk, 120, 130, 0.9);
        List<Alarm> alarms = run(new AlarmEngine(AlarmPolicy.DEFAULT), new double[n], risk, 0);
        assertThat(alarms).extracting(Alarm::kind).containsOnly(AlarmKind.FORECAST);
        assertThat(alarms).hasSize(2);
        double firstMinutes = alarms.get(0).onsetMicros() / 60e6;
        assertThat(firstMinutes).isBetween(32.0, 36.0); // average of 5 min crosses 0.5 after ~2.8 min
        assertThat(alarms.get(1).onsetMicros() / 60e6).isBetween(122.0, 126.0);
        assertThat(alarms.get(0).endMicros() - alarms.get(0).onsetMicros()).isEqualTo(1800_000_000L);
    }

    @Test
    void forecastNeedsCoverageBeforeFiring() {
        double[] risk = new double[40]; // 100 s of data only, all high
        Arrays.fill(risk, 0.99);
        assertThat(run(new AlarmEngine(AlarmPolicy.DEFAULT), new double[40], risk, 0))
                .isEmpty();
    }

    @Test
    void alarmIdsAreDeterministicAcrossRuns() {
        double[] ictal = new double[30];
        fill(ictal, 0, 30, 0);
        for (int i = 12; i < 18; i++) {
            ictal[i] = 0.9;
        }
        List<Alarm> a = run(new AlarmEngine(AlarmPolicy.DEFAULT), ictal, new double[30], 1_000_000L);
        List<Alarm> b = run(new AlarmEngine(AlarmPolicy.DEFAULT), ictal, new double[30], 1_000_000L);
        assertThat(a).isNotEmpty();
        assertThat(a).isEqualTo(b);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 1234L, 99_999L})
    void noSecondForecastInsideRefractoryForRandomRisk(long seed) {
        Random rnd = new Random(seed);
        int n = (int) (6 * 3600 * 1e6 / HOP);
        double[] risk = new double[n];
        double level = 0;
        for (int i = 0; i < n; i++) {
            level = Math.min(1, Math.max(0, level + rnd.nextGaussian() * 0.03));
            risk[i] = level;
        }
        List<Alarm> alarms = run(new AlarmEngine(AlarmPolicy.DEFAULT), new double[n], risk, 0);
        for (int i = 1; i < alarms.size(); i++) {
            assertThat(alarms.get(i).onsetMicros() - alarms.get(i - 1).onsetMicros())
                    .isGreaterThanOrEqualTo(1800_000_000L);
        }
    }

    @Test
    void perPatientPolicyTakesEffect() {
        AlarmEngine engine = new AlarmEngine(AlarmPolicy.DEFAULT);
        engine.setPolicy("p1", new AlarmPolicy(0.5, 300, 1800, 0.5, 0.95, 1, 1, 1, 1, 0.8));
        double[] ictal = new double[20];
        fill(ictal, 5, 10, 0.9);
        assertThat(run(engine, ictal, new double[20], 0)).isEmpty();
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new AlarmPolicy(1.5, 300, 1800, 0.5, 0.5, 2, 2, 3, 2, 0.8))
                .hasMessageContaining("forecastThreshold");
        assertThatThrownBy(() -> new AlarmPolicy(0.5, 300, 1800, 0.5, 0.5, 2, 4, 3, 2, 0.8))
                .hasMessageContaining("seizureK");
    }

    private static void fill(double[] a, double fromMinute, double toMinute, double v) {
        int from = (int) (fromMinute * 60e6 / HOP);
        int to = Math.min(a.length, (int) (toMinute * 60e6 / HOP));
        for (int i = from; i < to; i++) {
            a[i] = v;
        }
    }
}
