package org.seizureforecast.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.alarm.AlarmStep;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.Explanation.ChannelWeight;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.pipeline.ScoredWindow;
import org.seizureforecast.core.pipeline.WindowResult;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.Montage;

class EegHistoryTest {
    private static final double RATE = 256;
    private static final int WINDOW = 1280;
    private static final int HOP = 640;
    private static final long T0 = 1_700_000_000_000_000L;
    private static final List<String> CHANNELS = Montage.DOUBLE_BANANA.labels();

    /** Sample k (counted from T0) of channel c: a distinct, smooth signal per channel. */
    private static float signal(int c, long k) {
        return (float) (80 * Math.sin(2 * Math.PI * (c + 1) * k / RATE) + 5 * c);
    }

    private static ScoredWindow window(
            String patient, long index, long firstSample, boolean afterGap, double artifact) {
        float[] data = new float[CHANNELS.size() * WINDOW];
        for (int c = 0; c < CHANNELS.size(); c++) {
            for (int k = 0; k < WINDOW; k++) {
                data[c * WINDOW + k] = signal(c, firstSample + k);
            }
        }
        boolean[] present = new boolean[CHANNELS.size()];
        Arrays.fill(present, true);
        present[3] = false;
        long start = T0 + Math.round(firstSample * 1e6 / RATE);
        long end = T0 + Math.round((firstSample + WINDOW) * 1e6 / RATE);
        AnalysisWindow w =
                new AnalysisWindow(patient, "s1", index, start, end, CHANNELS, WINDOW, data, present, afterGap);
        Explanation why = new Explanation(
                List.of(), List.of(), artifact > 0 ? List.of(new ChannelWeight("T7-P7", 1.0)) : List.of());
        return scored(w, new WindowScore(0.1, 0.2, artifact, why));
    }

    /** The engine's output for a window with score {@code s} (no alarm, no smoothing). */
    private static ScoredWindow scored(AnalysisWindow w, WindowScore s) {
        return new ScoredWindow(w, s, WindowResult.of(w, s, List.of(), new AlarmStep(0, 0, List.of())), List.of(), 0);
    }

    /** Continuous 50 %-overlapping windows covering samples [firstSample, firstSample + count * HOP + HOP). */
    private static List<ScoredWindow> stream(String patient, long firstSample, int count) {
        List<ScoredWindow> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(window(patient, i, firstSample + (long) i * HOP, i == 0, i % 2 == 0 ? 0.0 : 0.25));
        }
        return out;
    }

    private static long micros(long sample) {
        return T0 + Math.round(sample * 1e6 / RATE);
    }

    @Test
    void storesEachSampleOnceAcrossOverlappingWindows() {
        EegHistory history = new EegHistory(600, RATE);
        stream("p", 0, 10).forEach(history::record);

        EegExcerpt all = history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE).orElseThrow();

        assertThat(all.channels()).isEqualTo(CHANNELS);
        assertThat(all.segments()).hasSize(1);
        EegSegment s = all.segments().get(0);
        int expected = 9 * HOP + WINDOW; // 27.5 s: first window whole, then one hop per window
        assertThat(s.length()).isEqualTo(expected);
        assertThat(s.startMicros()).isEqualTo(T0);
        for (int c = 0; c < CHANNELS.size(); c++) {
            for (int k = 0; k < expected; k++) {
                assertThat(s.samples()[c][k])
                        .as("channel %d sample %d", c, k)
                        .isCloseTo(signal(c, k), within(0.06f + 85f / 32767));
            }
        }
        assertThat(all.heldFromMicros()).isEqualTo(T0);
        assertThat(all.heldToMicros()).isEqualTo(micros(expected));
    }

    @Test
    void returnsOnlySamplesInsideTheRequestedSpan() {
        EegHistory history = new EegHistory(600, RATE);
        stream("p", 0, 10).forEach(history::record);

        EegExcerpt part = history.excerpt("p", micros(1000), micros(3000)).orElseThrow();

        assertThat(part.segments()).hasSize(1);
        EegSegment s = part.segments().get(0);
        assertThat(s.startMicros()).isEqualTo(micros(1000));
        assertThat(s.length()).isEqualTo(2000);
        assertThat(s.samples()[7][0]).isCloseTo(signal(7, 1000), within(0.1f));
        assertThat(s.samples()[7][1999]).isCloseTo(signal(7, 2999), within(0.1f));
        // windows overlapping samples 1000..3000: those starting at 0, 640, ..., 2560
        assertThat(part.windows())
                .extracting(WindowQuality::startMicros)
                .containsExactly(micros(0), micros(640), micros(1280), micros(1920), micros(2560));
    }

    @Test
    void keepsOnlyTheConfiguredSpanSoMemoryStaysFlat() {
        EegHistory history = new EegHistory(60, RATE);
        List<ScoredWindow> day = stream("p", 0, 24 * 12); // 12 minutes
        long after5min = 0;
        for (int i = 0; i < day.size(); i++) {
            history.record(day.get(i));
            if (i == 5 * 24) {
                after5min = history.heldBytes();
            }
        }
        long last = 287L * HOP + WINDOW;
        EegExcerpt all = history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE).orElseThrow();

        assertThat(history.heldBytes()).isEqualTo(after5min);
        assertThat(history.heldBytes()).isLessThan(60 * 256 * 18 * 2 + 40_000);
        assertThat(all.heldToMicros()).isEqualTo(micros(last));
        assertThat(all.segments().get(0).length()).isBetween(60 * 256 - HOP, 60 * 256);
        assertThat(history.excerpt("p", micros(0), micros(256 * 60))
                        .orElseThrow()
                        .segments())
                .isEmpty();
    }

    @Test
    void splitsSegmentsAtGaps() {
        EegHistory history = new EegHistory(600, RATE);
        stream("p", 0, 3).forEach(history::record); // samples 0..2560
        List<ScoredWindow> later = stream("p", 10_000, 3); // first window flagged afterGap
        later.forEach(history::record);

        EegExcerpt all = history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE).orElseThrow();

        assertThat(all.segments()).extracting(EegSegment::startMicros).containsExactly(micros(0), micros(10_000));
        assertThat(all.segments()).extracting(EegSegment::length).containsExactly(2560, 2560);
        assertThat(all.segments().get(1).samples()[2][0]).isCloseTo(signal(2, 10_000), within(0.1f));
    }

    @Test
    void aReplayStartingEarlierReplacesTheOldTimeline() {
        EegHistory history = new EegHistory(600, RATE);
        stream("p", 5000, 4).forEach(history::record);
        stream("p", 0, 2).forEach(history::record); // the same recording again: time goes back

        EegExcerpt all = history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE).orElseThrow();

        assertThat(all.segments()).hasSize(1);
        assertThat(all.segments().get(0).startMicros()).isEqualTo(micros(0));
        assertThat(all.heldToMicros()).isEqualTo(micros(HOP + WINDOW));
    }

    @Test
    void reportsEachWindowsArtifactAndMissingChannels() {
        EegHistory history = new EegHistory(600, RATE);
        stream("p", 0, 2).forEach(history::record);

        List<WindowQuality> q = history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE)
                .orElseThrow()
                .windows();

        assertThat(q).extracting(WindowQuality::artifactFraction).containsExactly(0.0, 0.25);
        assertThat(q.get(1).channelArtifact()).containsExactly(new ChannelWeight("T7-P7", 1.0));
        assertThat(q.get(0).missingChannels()).containsExactly(CHANNELS.get(3));
        assertThat(q.get(1).endMicros()).isEqualTo(micros(HOP + WINDOW));
    }

    @Test
    void quantisationErrorStaysWithinHalfAStepOfEachBlocksAmplitude() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            float amplitude = (float) Math.pow(10, random.nextDouble() * 4 - 1); // 0.1 .. 1000 µV
            float[] data = new float[CHANNELS.size() * WINDOW];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) (random.nextGaussian() * amplitude);
            }
            boolean[] present = new boolean[CHANNELS.size()];
            Arrays.fill(present, true);
            AnalysisWindow w =
                    new AnalysisWindow("q", "s", 0, T0, micros(WINDOW), CHANNELS, WINDOW, data, present, true);
            EegHistory history = new EegHistory(600, RATE);
            history.record(scored(w, new WindowScore(0, 0, 0, Explanation.NONE)));
            float[][] back = history.excerpt("q", Long.MIN_VALUE, Long.MAX_VALUE)
                    .orElseThrow()
                    .segments()
                    .get(0)
                    .samples();
            for (int c = 0; c < CHANNELS.size(); c++) {
                float max = 0;
                for (int k = 0; k < WINDOW; k++) {
                    max = Math.max(max, Math.abs(data[c * WINDOW + k]));
                }
                float tolerance = max / 32767 / 2 + 0.05f + 1e-4f * max;
                for (int k = 0; k < WINDOW; k++) {
                    assertThat(back[c][k]).isCloseTo(data[c * WINDOW + k], within(tolerance));
                }
            }
        }
    }

    @Test
    void anUnknownPatientHasNoExcerpt() {
        EegHistory history = new EegHistory(600, RATE);
        assertThat(history.excerpt("nobody", 0, 1)).isEmpty();
        assertThat(history.heldToMicros("nobody")).isEmpty();
    }

    @Test
    void readersSeeWholeWindowsWhileTheWriterAppends() throws Exception {
        EegHistory history = new EegHistory(30, RATE);
        List<ScoredWindow> windows = stream("p", 0, 400);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    history.excerpt("p", Long.MIN_VALUE, Long.MAX_VALUE).ifPresent(e -> {
                        for (EegSegment s : e.segments()) {
                            assertThat(s.samples()).hasNumberOfRows(CHANNELS.size());
                            assertThat((s.length() - WINDOW) % HOP).isZero();
                        }
                    });
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        windows.forEach(history::record);
        reader.join();
        assertThat(failure.get()).isNull();
    }
}
