package org.seizureforecast.core.signal;

import java.util.List;

/**
 * Stateless checks of one frame against a {@link StreamSpec}: ids, sample rate, channel labels,
 * labels versus data, chunk duration and finite samples. Rules that need the session's history
 * (sequence, continuity, rate or label changes) live in {@link PatientStream}.
 *
 * <p>Immutable and thread-safe. The first broken rule wins; the message names the field and,
 * for samples, the channel and sample index.
 */
public final class FrameValidator {
    /** Lowest accepted input sample rate in Hz. */
    public static final double MIN_SAMPLE_RATE = 1.0;
    /** Highest accepted input sample rate in Hz (intracranial systems reach tens of kHz). */
    public static final double MAX_SAMPLE_RATE = 32_768.0;
    /** Longest accepted patient or session id, in characters. */
    public static final int MAX_ID_LENGTH = 128;
    /** Largest accepted |startMicros|: about 317 years either side of 1970. */
    public static final long MAX_ABS_START_MICROS = 10_000_000_000_000_000L;

    private final StreamSpec spec;

    public FrameValidator(StreamSpec spec) {
        this.spec = spec;
    }

    public void validate(EegFrame frame) throws FrameRejectedException {
        if (frame.version() != EegFrame.CURRENT_VERSION) {
            throw reject(
                    Rejection.UNSUPPORTED_VERSION,
                    "format version " + frame.version() + " is not supported (this service reads version "
                            + EegFrame.CURRENT_VERSION + ")");
        }
        checkId(frame.patientId(), "patientId");
        checkId(frame.sessionId(), "sessionId");
        if (frame.sequence() < 0) {
            throw reject(Rejection.MALFORMED, "sequence " + frame.sequence() + " is negative");
        }
        if (Math.abs(frame.startMicros()) > MAX_ABS_START_MICROS) {
            throw reject(Rejection.MALFORMED, "startMicros " + frame.startMicros() + " is out of range");
        }
        double rate = frame.sampleRate();
        if (!(rate >= MIN_SAMPLE_RATE && rate <= MAX_SAMPLE_RATE)) {
            throw reject(
                    Rejection.MALFORMED,
                    "sampleRate " + rate + " Hz is outside " + MIN_SAMPLE_RATE + ".." + MAX_SAMPLE_RATE + " Hz");
        }
        checkChannels(frame.channels());
        if ((long) frame.channelCount() * frame.sampleCount() != frame.samples().length) {
            throw reject(
                    Rejection.CHANNEL_MISMATCH,
                    frame.channelCount() + " channel label(s) x "
                            + frame.sampleCount() + " samples do not match the " + frame.samples().length
                            + " values of data");
        }
        checkDuration(frame.sampleCount(), rate);
        checkFinite(frame);
    }

    private static void checkId(String id, String field) throws FrameRejectedException {
        if (id.isBlank()) {
            throw reject(Rejection.MALFORMED, field + " is empty");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw reject(
                    Rejection.MALFORMED, field + " is " + id.length() + " characters long, more than " + MAX_ID_LENGTH);
        }
        for (int i = 0; i < id.length(); i++) {
            if (Character.isISOControl(id.charAt(i))) {
                throw reject(Rejection.MALFORMED, field + " contains a control character at index " + i);
            }
        }
    }

    private static void checkChannels(List<String> channels) throws FrameRejectedException {
        if (channels.isEmpty()) {
            throw reject(Rejection.MALFORMED, "channels is empty: a frame needs at least one channel");
        }
        for (int c = 0; c < channels.size(); c++) {
            if (channels.get(c).isBlank()) {
                throw reject(Rejection.MALFORMED, "channel label " + c + " is empty");
            }
        }
    }

    /** Producers cut chunks at whole samples, so the range is widened by one sample period. */
    private void checkDuration(int sampleCount, double rate) throws FrameRejectedException {
        if (sampleCount == 0) {
            throw reject(Rejection.CHUNK_DURATION, "chunk has no samples");
        }
        double seconds = sampleCount / rate;
        double slack = 1.0 / rate;
        if (seconds < spec.minChunkSeconds() - slack || seconds > spec.maxChunkSeconds() + slack) {
            throw reject(
                    Rejection.CHUNK_DURATION,
                    String.format(
                            "chunk lasts %.4f s (%d samples at %s Hz), outside the accepted %s..%s s",
                            seconds, sampleCount, rate, spec.minChunkSeconds(), spec.maxChunkSeconds()));
        }
    }

    private static void checkFinite(EegFrame frame) throws FrameRejectedException {
        float[] samples = frame.samples();
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                int channel = i / frame.sampleCount();
                throw reject(
                        Rejection.NON_FINITE_SAMPLE,
                        String.format(
                                "channel %d (%s) sample %d is %s",
                                channel, frame.channels().get(channel), i % frame.sampleCount(), samples[i]));
            }
        }
    }

    private static FrameRejectedException reject(Rejection reason, String message) {
        return new FrameRejectedException(reason, message);
    }
}
