package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;

/** Windows from chunked recordings: content, timing and independence from the chunking. */
class PatientStreamTest {
    static final long T0 = TestSignals.T0_MICROS;
    private static final FilterBank FILTERS = new IirjFilterBank(FilterSpec.DEFAULT);

    static List<AnalysisWindow> run(PatientStream stream, List<EegFrame> frames) throws FrameRejectedException {
        List<AnalysisWindow> windows = new ArrayList<>();
        for (EegFrame frame : frames) {
            windows.addAll(stream.accept(frame));
        }
        return windows;
    }

    static Stream<Arguments> ratesAndLabels() {
        List<String> referential = List.of(
                "Fp1", "F7", "T3", "T5", "O1", "F3", "C3", "P3", "Fp2", "F4", "C4", "P4", "O2", "F8", "T4", "T6", "Fz",
                "Cz", "Pz");
        return Stream.of(
                Arguments.of(256.0, TestSignals.CHB_MIT_LABELS),
                Arguments.of(250.0, referential),
                Arguments.of(512.0, TestSignals.CHB_MIT_LABELS),
                Arguments.of(173.61, referential));
    }

    /** The same recording cut into 0.25 s, 1 s, 3.7 s and 10 s chunks gives the same windows, bit for bit. */
    @ParameterizedTest(name = "{0} Hz")
    @MethodSource("ratesAndLabels")
    void chunkLengthDoesNotChangeAnyWindow(double rate, List<String> labels) throws Exception {
        float[][] recording = TestSignals.eegLike(labels.size(), rate, 41, 7);
        List<AnalysisWindow> reference = null;
        for (double chunk : new double[] {0.25, 1, 3.7, 10}) {
            List<AnalysisWindow> windows = run(
                    new PatientStream("p1", StreamSpec.DEFAULT, FILTERS),
                    TestSignals.chunks("s1", T0, rate, labels, recording, chunk));
            assertThat(windows).as("%s s chunks", chunk).hasSize(15);
            if (reference == null) {
                reference = windows;
                continue;
            }
            for (int i = 0; i < windows.size(); i++) {
                AnalysisWindow expected = reference.get(i);
                AnalysisWindow actual = windows.get(i);
                assertThat(actual.data()).as("window %d, %s s chunks", i, chunk).isEqualTo(expected.data());
                assertThat(actual.startMicros()).isEqualTo(expected.startMicros());
                assertThat(actual.endMicros()).isEqualTo(expected.endMicros());
                assertThat(actual.index()).isEqualTo(expected.index());
                assertThat(actual.afterGap()).isEqualTo(expected.afterGap());
            }
        }
    }

    @Test
    void windowsAreFiveSecondsEveryTwoAndAHalf() throws Exception {
        float[][] recording = TestSignals.eegLike(23, 256, 60, 3);
        List<AnalysisWindow> windows = run(
                new PatientStream("p1", StreamSpec.DEFAULT, FILTERS),
                TestSignals.chunks("s1", T0, 256, TestSignals.CHB_MIT_LABELS, recording, 1));
        assertThat(windows).hasSize(23); // (60 - 5) / 2.5 + 1
        for (int i = 0; i < windows.size(); i++) {
            AnalysisWindow w = windows.get(i);
            assertThat(w.index()).isEqualTo(i);
            assertThat(w.startMicros()).isEqualTo(T0 + i * 2_500_000L);
            assertThat(w.endMicros()).isEqualTo(w.startMicros() + 5_000_000L);
            assertThat(w.afterGap()).isEqualTo(i == 0);
            assertThat(w.patientId()).isEqualTo("p1");
            assertThat(w.sessionId()).isEqualTo("s1");
            assertThat(w.channels()).isEqualTo(Montage.DOUBLE_BANANA.labels());
            assertThat(w.samplesPerChannel()).isEqualTo(1280);
            assertThat(w.data()).hasSize(18 * 1280);
            assertThat(w.missingChannels()).isEmpty();
        }
    }

    /** Without filters at 256 Hz a window is exactly the mapped input: checks the ring buffer. */
    @Test
    void unfilteredWindowsHoldTheInputSamples() throws Exception {
        float[][] recording = TestSignals.eegLike(23, 256, 20, 5);
        List<AnalysisWindow> windows = run(
                new PatientStream("p1", StreamSpec.DEFAULT, FilterBank.identity()),
                TestSignals.chunks("s1", T0, 256, TestSignals.CHB_MIT_LABELS, recording, 0.7));
        assertThat(windows).hasSize(7);
        for (AnalysisWindow w : windows) {
            int first = (int) w.index() * 640;
            for (int c = 0; c < 18; c++) {
                for (int i = 0; i < 1280; i++) {
                    assertThat(w.sample(c, i)).isEqualTo(recording[c][first + i]);
                }
            }
        }
    }

    @Test
    void settledFiltersPassAnOffsetWithoutAStartTransient() throws Exception {
        float[][] recording = new float[23][256 * 6];
        for (float[] channel : recording) {
            Arrays.fill(channel, -300f);
        }
        List<AnalysisWindow> windows = run(
                new PatientStream("p1", StreamSpec.DEFAULT, FILTERS),
                TestSignals.chunks("s1", T0, 256, TestSignals.CHB_MIT_LABELS, recording, 1));
        for (float v : windows.get(0).data()) {
            assertThat(Math.abs(v)).isLessThan(1e-3f);
        }
    }

    @Test
    void mainsAreRemoved() throws Exception {
        float[][] recording = new float[23][256 * 12];
        for (float[] channel : recording) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (float) (50 * Math.sin(2 * Math.PI * 60 * i / 256.0));
            }
        }
        List<AnalysisWindow> windows = run(
                new PatientStream("p1", StreamSpec.DEFAULT, FILTERS),
                TestSignals.chunks("s1", T0, 256, TestSignals.CHB_MIT_LABELS, recording, 1));
        for (float v : windows.get(2).data()) { // from 5 s on, after the notch has rung in
            assertThat(Math.abs(v)).isLessThan(0.05f); // 50 µV mains, down by more than 60 dB
        }
    }

    @Test
    void missingMontageChannelsAreZeroAndReported() throws Exception {
        List<String> labels = TestSignals.CHB_MIT_LABELS.subList(0, 16);
        float[][] recording = TestSignals.eegLike(16, 256, 6, 1);
        PatientStream stream = new PatientStream("p1", StreamSpec.DEFAULT, FILTERS);
        List<AnalysisWindow> windows = run(stream, TestSignals.chunks("s1", T0, 256, labels, recording, 1));
        AnalysisWindow w = windows.get(0);
        assertThat(w.missingChannels()).containsExactly("FZ-CZ", "CZ-PZ");
        assertThat(w.present()[15]).isTrue();
        for (int i = 0; i < 1280; i++) {
            assertThat(w.sample(16, i)).isZero();
            assertThat(w.sample(17, i)).isZero();
        }
        assertThat(stream.status().missingChannels()).containsExactly("FZ-CZ", "CZ-PZ");
    }

    /**
     * After 24 h (10 s chunks at 256 Hz, stamped by sample index), window times still match the
     * producer's timestamps to the microsecond and a click lies where they say: times come from
     * the stream's origin and the sample index, nothing is summed.
     */
    @Test
    void windowTimesDoNotDriftOverADay() throws Exception {
        PatientStream stream = new PatientStream("p1", StreamSpec.DEFAULT, FilterBank.identity(), Montage.of("FP1-F7"));
        int chunk = 2560;
        long chunks = 24 * 360;
        long click = (chunks - 3) * chunk + 1234; // 23 h 59 min 35 s into the day
        float[][] rows = new float[1][chunk];
        List<AnalysisWindow> aroundClick = new ArrayList<>();
        for (long s = 0; s < chunks; s++) {
            long from = s * chunk;
            Arrays.fill(rows[0], 0f);
            if (click >= from && click < from + chunk) {
                rows[0][(int) (click - from)] = 1000f;
            }
            long start = T0 + Math.round(from * 1e6 / 256);
            for (AnalysisWindow w :
                    stream.accept(TestSignals.frame("s1", s, start, 256, List.of("FP1-F7"), rows, 0, chunk))) {
                long firstSample = w.index() * 640;
                assertThat(w.startMicros()).isEqualTo(T0 + Math.round(firstSample * 1e6 / 256));
                assertThat(w.endMicros()).isEqualTo(T0 + Math.round((firstSample + 1280) * 1e6 / 256));
                if (firstSample <= click && click < firstSample + 1280) {
                    aroundClick.add(w);
                }
            }
        }
        assertThat(aroundClick).hasSize(2);
        for (AnalysisWindow w : aroundClick) {
            int at = (int) Math.round((T0 + click * 1e6 / 256 - w.startMicros()) * 256 / 1e6);
            assertThat(w.sample(0, at)).isEqualTo(1000f);
        }
    }
}
