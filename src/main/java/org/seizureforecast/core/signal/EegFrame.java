package org.seizureforecast.core.signal;

import java.util.List;
import java.util.Objects;

/**
 * One chunk of multichannel EEG as it arrives on the wire (format v1, see docs/wire-format.md).
 *
 * <p>Samples are microvolts, channel-major: channel {@code c}, sample {@code i} is at {@code
 * samples[c * sampleCount + i]}. Time is the EEG's own clock (epoch microseconds of the first
 * sample), never the wall clock. Instances are immutable by convention: the array is not copied.
 */
public record EegFrame(
        int version,
        String patientId,
        String sessionId,
        long sequence,
        long startMicros,
        double sampleRate,
        List<String> channels,
        int sampleCount,
        float[] samples) {

    public static final int CURRENT_VERSION = 1;

    public EegFrame {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(sessionId, "sessionId");
        channels = List.copyOf(channels);
        Objects.requireNonNull(samples, "samples");
    }

    public int channelCount() {
        return channels.size();
    }

    public float sample(int channel, int index) {
        return samples[channel * sampleCount + index];
    }

    /** Duration covered by this chunk, in microseconds. */
    public long durationMicros() {
        return Math.round(sampleCount * 1_000_000.0 / sampleRate);
    }

    /** Epoch microseconds just after the last sample. */
    public long endMicros() {
        return startMicros + durationMicros();
    }
}
