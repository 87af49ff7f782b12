package org.seizureforecast.core.signal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.seizureforecast.core.signal.FrameCodecTest.assertRejected;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameValidatorTest {
    private final FrameValidator validator = new FrameValidator(StreamSpec.DEFAULT);

    private static EegFrame frame(
            String patient, String session, double rate, List<String> labels, int perChannel, float[] samples) {
        return new EegFrame(1, patient, session, 3, TestSignals.T0_MICROS, rate, labels, perChannel, samples);
    }

    private static EegFrame valid(float[] samples) {
        return frame("p1", "s1", 256, List.of("FP1-F7", "F7-T7"), 256, samples);
    }

    @Test
    void acceptsAValidFrame() {
        assertThatCode(() -> validator.validate(TestSignals.oneSecond("s1", 0, 0)))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsNaNNamingChannelAndSample() {
        float[] samples = new float[512];
        samples[256 + 17] = Float.NaN;
        assertRejected(
                () -> validator.validate(valid(samples)),
                Rejection.NON_FINITE_SAMPLE,
                "channel 1 (F7-T7) sample 17 is NaN");
    }

    @Test
    void rejectsInfinity() {
        float[] samples = new float[512];
        samples[3] = Float.NEGATIVE_INFINITY;
        assertRejected(
                () -> validator.validate(valid(samples)),
                Rejection.NON_FINITE_SAMPLE,
                "channel 0 (FP1-F7) sample 3 is -Infinity");
    }

    @Test
    void rejectsAChunkShorterThanTheMinimum() {
        EegFrame shortChunk = frame("p1", "s1", 256, List.of("C3"), 32, new float[32]);
        assertRejected(
                () -> validator.validate(shortChunk),
                Rejection.CHUNK_DURATION,
                "chunk lasts 0.1250 s (32 samples at 256.0 Hz), outside the accepted 0.25..10.0 s");
    }

    @Test
    void rejectsAChunkLongerThanTheMaximum() {
        EegFrame longChunk = frame("p1", "s1", 100, List.of("C3"), 1002, new float[1002]);
        assertRejected(() -> validator.validate(longChunk), Rejection.CHUNK_DURATION, "chunk lasts 10.0200 s");
    }

    @Test
    void rejectsAnEmptyChunk() {
        EegFrame empty = frame("p1", "s1", 256, List.of("C3"), 0, new float[0]);
        assertRejected(() -> validator.validate(empty), Rejection.CHUNK_DURATION, "chunk has no samples");
    }

    /** 0.25 s at 173.61 Hz is 43.4 samples; a producer cutting at whole samples sends 43. */
    @Test
    void acceptsChunkEdgesWithinOneSample() {
        EegFrame bonn = frame("p1", "s1", 173.61, List.of("C3"), 43, new float[43]);
        assertThatCode(() -> validator.validate(bonn)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -256, 0.5, 1e6, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAbsurdSampleRates(double rate) {
        EegFrame bad = frame("p1", "s1", rate, List.of("C3"), 256, new float[256]);
        assertRejected(() -> validator.validate(bad), Rejection.MALFORMED, "sampleRate " + rate + " Hz is outside");
    }

    @Test
    void rejectsEmptyIds() {
        assertRejected(
                () -> validator.validate(frame("", "s1", 256, List.of("C3"), 256, new float[256])),
                Rejection.MALFORMED,
                "patientId is empty");
        assertRejected(
                () -> validator.validate(frame("p1", " ", 256, List.of("C3"), 256, new float[256])),
                Rejection.MALFORMED,
                "sessionId is empty");
    }

    @Test
    void rejectsIdsWithControlCharactersOrExcessLength() {
        assertRejected(
                () -> validator.validate(frame("p\n1", "s1", 256, List.of("C3"), 256, new float[256])),
                Rejection.MALFORMED,
                "patientId contains a control character at index 1");
        assertRejected(
                () -> validator.validate(frame("p".repeat(129), "s1", 256, List.of("C3"), 256, new float[256])),
                Rejection.MALFORMED,
                "patientId is 129 characters long, more than 128");
    }

    @Test
    void rejectsZeroChannels() {
        assertRejected(
                () -> validator.validate(frame("p1", "s1", 256, List.of(), 256, new float[0])),
                Rejection.MALFORMED,
                "channels is empty");
    }

    @Test
    void rejectsABlankLabel() {
        assertRejected(
                () -> validator.validate(frame("p1", "s1", 256, List.of("C3", ""), 256, new float[512])),
                Rejection.MALFORMED,
                "channel label 1 is empty");
    }

    @Test
    void rejectsLabelsThatDisagreeWithTheData() {
        assertRejected(
                () -> validator.validate(frame("p1", "s1", 256, List.of("C3", "C4"), 256, new float[256])),
                Rejection.CHANNEL_MISMATCH,
                "2 channel label(s) x 256 samples do not match the 256 values of data");
    }

    @Test
    void rejectsAnotherVersion() {
        EegFrame v2 = new EegFrame(2, "p1", "s1", 0, 0, 256, List.of("C3"), 256, new float[256]);
        assertRejected(() -> validator.validate(v2), Rejection.UNSUPPORTED_VERSION, "format version 2");
    }

    @Test
    void rejectsANegativeSequenceAndAbsurdTime() {
        EegFrame negative = new EegFrame(1, "p1", "s1", -1, 0, 256, List.of("C3"), 256, new float[256]);
        assertRejected(() -> validator.validate(negative), Rejection.MALFORMED, "sequence -1 is negative");
        EegFrame far = new EegFrame(1, "p1", "s1", 0, Long.MAX_VALUE, 256, List.of("C3"), 256, new float[256]);
        assertRejected(() -> validator.validate(far), Rejection.MALFORMED, "startMicros");
    }
}
