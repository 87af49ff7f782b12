package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seizureforecast.core.signal.FrameCodecTest.assertRejected;
import static org.seizureforecast.core.signal.PatientStreamTest.T0;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;

/** Session rules: sequence numbers, continuity, gaps, changes within a session, and rejections. */
class PatientStreamRulesTest {
    private static final FilterBank FILTERS = new IirjFilterBank(FilterSpec.DEFAULT);
    private static final float[][] RECORDING = TestSignals.eegLike(23, 256, 40, 11);

    private final PatientStream stream = new PatientStream("p1", StreamSpec.DEFAULT, FILTERS);

    /** Second {@code second} of the recording as a 1 s frame, stamped {@code shiftMicros} late. */
    private static EegFrame second(String session, long sequence, int second, long shiftMicros) {
        return TestSignals.frame(
                session,
                sequence,
                T0 + second * 1_000_000L + shiftMicros,
                256,
                TestSignals.CHB_MIT_LABELS,
                RECORDING,
                second * 256,
                256);
    }

    private static EegFrame second(long sequence, int second) {
        return second("s1", sequence, second, 0);
    }

    private List<AnalysisWindow> feed(EegFrame... frames) throws FrameRejectedException {
        List<AnalysisWindow> out = new ArrayList<>();
        for (EegFrame f : frames) {
            out.addAll(stream.accept(f));
        }
        return out;
    }

    @Test
    void aDuplicateSequenceIsRejected() throws Exception {
        feed(second(0, 0), second(1, 1), second(2, 2));
        assertRejected(
                () -> stream.accept(second(1, 3)),
                Rejection.DUPLICATE_SEQUENCE,
                "sequence 1 was already accepted in session s1");
        assertRejected(() -> stream.accept(second(2, 3)), Rejection.DUPLICATE_SEQUENCE, "sequence 2");
    }

    @Test
    void aLowerSequenceThatWasSkippedIsOutOfOrder() throws Exception {
        feed(second(0, 0), second(2, 1));
        assertRejected(
                () -> stream.accept(second(1, 2)),
                Rejection.OUT_OF_ORDER,
                "sequence 1 arrived after sequence 2 in session s1");
    }

    @Test
    void skippedSequenceNumbersAreFineWhenTimeIsContinuous() throws Exception {
        List<AnalysisWindow> windows = feed(second(0, 0), second(5, 1), second(6, 2), second(90, 3), second(91, 4));
        assertThat(windows)
                .singleElement()
                .satisfies(w -> assertThat(w.startMicros()).isEqualTo(T0));
        assertThat(stream.status().gaps()).isZero();
        assertThat(stream.status().lastSequence()).isEqualTo(91);
    }

    @Test
    void aChunkStartingBeforeThePreviousEndedIsOutOfOrder() throws Exception {
        feed(second(0, 0), second(1, 1));
        assertRejected(
                () -> stream.accept(second("s1", 2, 2, -60_000)),
                Rejection.OUT_OF_ORDER,
                "chunk starts at " + (T0 + 1_940_000)
                        + " µs, 60000 µs before the previous chunk ended (tolerance 50000 µs)");
    }

    /** Stamps that wobble around the sample clock (here by up to 45 ms each way) are not gaps. */
    @Test
    void timestampJitterWithinTheToleranceIsNotAGap() throws Exception {
        List<AnalysisWindow> jittered = feed(
                second("s1", 0, 0, 0),
                second("s1", 1, 1, 40_000),
                second("s1", 2, 2, -45_000),
                second("s1", 3, 3, 45_000),
                second("s1", 4, 4, -40_000));
        assertThat(stream.status().gaps()).isZero();
        assertThat(jittered)
                .singleElement()
                .satisfies(w -> assertThat(w.startMicros()).isEqualTo(T0));
    }

    /**
     * A producer whose stamps run 2 % slower than its samples: each chunk follows the previous
     * one by its stamps, while the sample clock runs ahead. Neither a gap nor a rejection; window
     * times follow the sample clock and the status shows the offset.
     */
    @Test
    void stampsDriftingFromTheSampleClockKeepTheStreamWhole() throws Exception {
        List<AnalysisWindow> windows = new ArrayList<>();
        for (int s = 0; s < 11; s++) {
            windows.addAll(stream.accept(second("s1", s, s, -s * 20_000L)));
        }
        assertThat(stream.status().gaps()).isZero();
        assertThat(stream.status().clockOffsetMicros()).isEqualTo(-200_000);
        assertThat(windows).extracting(AnalysisWindow::startMicros).containsExactly(T0, T0 + 2_500_000, T0 + 5_000_000);
    }

    @Test
    void aChunkLateByMoreThanTheToleranceIsAGap() throws Exception {
        feed(second(0, 0), second(1, 1));
        feed(second("s1", 2, 2, 50_001));
        assertThat(stream.status().gaps()).isEqualTo(1);
    }

    @Test
    void aGapDropsThePartialWindowAndRestartsAtTheNewChunk() throws Exception {
        List<AnalysisWindow> before =
                feed(second(0, 0), second(1, 1), second(2, 2), second(3, 3), second(4, 4), second(5, 5), second(6, 6));
        assertThat(before).hasSize(1);
        // seconds 7 and 8 are lost: 7.5 s of data had been building the window starting at 2.5 s
        List<AnalysisWindow> after = feed(
                second(9, 9),
                second(10, 10),
                second(11, 11),
                second(12, 12),
                second(13, 13),
                second(14, 14),
                second(15, 15),
                second(16, 16));
        assertThat(after).extracting(AnalysisWindow::startMicros).containsExactly(T0 + 9_000_000, T0 + 11_500_000);
        assertThat(after).extracting(AnalysisWindow::afterGap).containsExactly(true, false);
        assertThat(after).extracting(AnalysisWindow::index).containsExactly(1L, 2L);
        assertThat(stream.status().gaps()).isEqualTo(1);
    }

    /** After a gap the stream behaves as if it started at the new chunk: same data as a fresh stream. */
    @Test
    void afterAGapTheFiltersStartAfresh() throws Exception {
        feed(second(0, 0), second(1, 1), second(2, 2));
        List<AnalysisWindow> afterGap = new ArrayList<>();
        PatientStream fresh = new PatientStream("p1", StreamSpec.DEFAULT, FILTERS);
        List<AnalysisWindow> expected = new ArrayList<>();
        for (int s = 10; s < 16; s++) {
            afterGap.addAll(stream.accept(second(s, s)));
            expected.addAll(fresh.accept(second(s, s)));
        }
        assertThat(afterGap).hasSize(1);
        assertThat(afterGap.get(0).data()).isEqualTo(expected.get(0).data());
    }

    @Test
    void aNewSessionStartsANewStream() throws Exception {
        feed(second(0, 0), second(1, 1), second(2, 2), second(3, 3));
        List<AnalysisWindow> windows = feed(
                second("s2", 0, 4, 0),
                second("s2", 1, 5, 0),
                second("s2", 2, 6, 0),
                second("s2", 3, 7, 0),
                second("s2", 4, 8, 0));
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.sessionId()).isEqualTo("s2");
            assertThat(w.afterGap()).isTrue();
            assertThat(w.startMicros()).isEqualTo(T0 + 4_000_000);
            assertThat(w.index()).isZero();
        });
        assertThat(stream.status().sessions()).isEqualTo(2);
        assertThat(stream.status().sessionId()).isEqualTo("s2");
    }

    @Test
    void aNewSessionMayChangeRateAndChannels() throws Exception {
        feed(second(0, 0));
        float[][] other = TestSignals.eegLike(19, 500, 1, 2);
        List<String> referential = List.of(
                "FP1", "F7", "T7", "P7", "O1", "F3", "C3", "P3", "FP2", "F4", "C4", "P4", "O2", "F8", "T8", "P8", "FZ",
                "CZ", "PZ");
        feed(TestSignals.frame("s2", 0, T0 + 10_000_000, 500, referential, other, 0, 500));
        assertThat(stream.status().inputSampleRate()).isEqualTo(500);
    }

    @Test
    void aRateChangeWithinASessionIsRejected() throws Exception {
        feed(second(0, 0));
        EegFrame faster = TestSignals.frame(
                "s1", 1, T0 + 1_000_000, 512, TestSignals.CHB_MIT_LABELS, TestSignals.eegLike(23, 512, 1, 1), 0, 512);
        assertRejected(
                () -> stream.accept(faster),
                Rejection.SAMPLE_RATE_CHANGED,
                "sample rate changed from 256.0 Hz to 512.0 Hz within session s1");
    }

    @Test
    void aChannelChangeWithinASessionIsRejected() throws Exception {
        feed(second(0, 0));
        List<String> fewer = TestSignals.CHB_MIT_LABELS.subList(0, 22);
        EegFrame dropped =
                TestSignals.frame("s1", 1, T0 + 1_000_000, 256, fewer, Arrays.copyOf(RECORDING, 22), 256, 256);
        assertRejected(
                () -> stream.accept(dropped),
                Rejection.CHANNEL_MISMATCH,
                "channel count changed from 23 to 22 within session s1");
        List<String> renamed = new ArrayList<>(TestSignals.CHB_MIT_LABELS);
        renamed.set(3, "P7-O2");
        EegFrame relabelled = TestSignals.frame("s1", 1, T0 + 1_000_000, 256, renamed, RECORDING, 256, 256);
        assertRejected(
                () -> stream.accept(relabelled), Rejection.CHANNEL_MISMATCH, "channel 3 is now 'P7-O2', was 'P7-O1'");
    }

    @Test
    void anotherPatientsFrameIsRejected() {
        EegFrame other = new EegFrame(1, "p2", "s1", 0, T0, 256, List.of("FP1-F7"), 256, new float[256]);
        assertRejected(
                () -> stream.accept(other),
                Rejection.PATIENT_MISMATCH,
                "frame is for patient 'p2', this stream is patient 'p1'");
    }

    @Test
    void aSessionWithoutUsableChannelsIsRejected() {
        EegFrame useless = new EegFrame(1, "p1", "s1", 0, T0, 256, List.of("ECG", "EMG"), 256, new float[512]);
        assertRejected(() -> stream.accept(useless), Rejection.NO_USABLE_CHANNELS, "none of the 18 montage channels");
        assertThat(stream.status().sessionId()).isNull();
    }

    @Test
    void statelessRulesApplyToo() {
        float[] samples = new float[23 * 256];
        samples[5 * 256 + 9] = Float.NaN;
        EegFrame bad = new EegFrame(1, "p1", "s1", 0, T0, 256, TestSignals.CHB_MIT_LABELS, 256, samples);
        assertRejected(() -> stream.accept(bad), Rejection.NON_FINITE_SAMPLE, "channel 5 (F3-C3) sample 9 is NaN");
    }

    /** Bad frames between good ones change nothing: same windows as a run without them. */
    @Test
    void rejectedFramesLeaveTheStreamUnchanged() throws Exception {
        PatientStream clean = new PatientStream("p1", StreamSpec.DEFAULT, FILTERS);
        List<AnalysisWindow> expected = new ArrayList<>();
        List<AnalysisWindow> actual = new ArrayList<>();
        float[] nan = new float[23 * 256];
        nan[100] = Float.NaN;
        for (int s = 0; s < 12; s++) {
            expected.addAll(clean.accept(second(s, s)));
            actual.addAll(stream.accept(second(s, s)));
            StreamStatus before = stream.status();
            List<EegFrame> bad = List.of(
                    second(s, s), // duplicate
                    second("s1", s + 1, s + 1, -900_000), // overlaps the chunk just accepted
                    TestSignals.frame(
                            "s1",
                            s + 1,
                            T0 + (s + 1) * 1_000_000L,
                            512,
                            TestSignals.CHB_MIT_LABELS,
                            TestSignals.eegLike(23, 512, 1, s),
                            0,
                            512),
                    TestSignals.frame(
                            "s1",
                            s + 1,
                            T0 + (s + 1) * 1_000_000L,
                            256,
                            TestSignals.CHB_MIT_LABELS.subList(0, 20),
                            Arrays.copyOf(RECORDING, 20),
                            0,
                            256),
                    new EegFrame(
                            1,
                            "p1",
                            "s1",
                            s + 1,
                            T0 + (s + 1) * 1_000_000L,
                            256,
                            TestSignals.CHB_MIT_LABELS,
                            256,
                            nan));
            for (EegFrame frame : bad) {
                assertRejected(() -> stream.accept(frame), rejectionOf(frame), "");
                assertThat(stream.status()).isEqualTo(before);
            }
        }
        assertThat(actual).hasSameSizeAs(expected).hasSize(3);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).data()).isEqualTo(expected.get(i).data());
            assertThat(actual.get(i).index()).isEqualTo(expected.get(i).index());
        }
    }

    private Rejection rejectionOf(EegFrame frame) {
        try {
            stream.accept(frame);
            throw new AssertionError("accepted " + frame.sequence());
        } catch (FrameRejectedException e) {
            return e.reason();
        }
    }

    @Test
    void statusReportsTheStream() throws Exception {
        assertThat(stream.status().sessionId()).isNull();
        feed(second(0, 0), second(1, 1), second(2, 2), second(3, 3), second(4, 4), second(7, 6));
        StreamStatus status = stream.status();
        assertThat(status.patientId()).isEqualTo("p1");
        assertThat(status.sessionId()).isEqualTo("s1");
        assertThat(status.lastSequence()).isEqualTo(7);
        assertThat(status.lastFrameEndMicros()).isEqualTo(T0 + 7_000_000);
        assertThat(status.clockOffsetMicros()).isZero();
        assertThat(status.inputSampleRate()).isEqualTo(256);
        assertThat(status.framesAccepted()).isEqualTo(6);
        assertThat(status.gaps()).isEqualTo(1);
        assertThat(status.windowsEmitted()).isEqualTo(1);
        assertThat(status.lastWindowEndMicros()).isEqualTo(T0 + 5_000_000);
        assertThat(status.missingChannels()).isEmpty();
    }
}
