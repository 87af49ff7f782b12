package org.seizureforecast.adapter.rest;

import java.util.List;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.Rejection;

/**
 * The JSON form of a wire-format v1 frame (docs/wire-format.md): samples as one array per
 * channel, in microvolts.
 */
public record FrameJson(
        Integer version,
        String patientId,
        String sessionId,
        Long sequence,
        Long startMicros,
        Double sampleRate,
        List<String> channels,
        float[][] samples) {

    /** The frame this JSON describes, or the rejection that names what is wrong with it. */
    public EegFrame toFrame() throws FrameRejectedException {
        require(version != null, "version");
        if (version != EegFrame.CURRENT_VERSION) {
            throw new FrameRejectedException(Rejection.UNSUPPORTED_VERSION,
                    "version " + version + " is not supported (this service reads version 1)");
        }
        require(patientId != null && !patientId.isBlank(), "patientId");
        require(sessionId != null && !sessionId.isBlank(), "sessionId");
        require(sequence != null, "sequence");
        require(startMicros != null, "startMicros");
        require(sampleRate != null, "sampleRate");
        require(channels != null && !channels.isEmpty(), "channels");
        require(samples != null, "samples");
        if (samples.length != channels.size()) {
            throw new FrameRejectedException(Rejection.CHANNEL_MISMATCH, channels.size()
                    + " channel labels but " + samples.length + " sample arrays");
        }
        int n = samples[0] == null ? 0 : samples[0].length;
        float[] flat = new float[channels.size() * n];
        for (int c = 0; c < samples.length; c++) {
            if (samples[c] == null || samples[c].length != n) {
                throw new FrameRejectedException(Rejection.CHANNEL_MISMATCH, "channel " + channels.get(c)
                        + " has " + (samples[c] == null ? 0 : samples[c].length) + " samples, channel "
                        + channels.get(0) + " has " + n);
            }
            System.arraycopy(samples[c], 0, flat, c * n, n);
        }
        return new EegFrame(version, patientId, sessionId, sequence, startMicros, sampleRate,
                channels, n, flat);
    }

    private static void require(boolean ok, String field) throws FrameRejectedException {
        if (!ok) {
            throw new FrameRejectedException(Rejection.MALFORMED, "field '" + field + "' is missing or empty");
        }
    }

    public static FrameJson of(EegFrame f) {
        float[][] s = new float[f.channelCount()][f.sampleCount()];
        for (int c = 0; c < s.length; c++) {
            System.arraycopy(f.samples(), c * f.sampleCount(), s[c], 0, f.sampleCount());
        }
        return new FrameJson(f.version(), f.patientId(), f.sessionId(), f.sequence(), f.startMicros(),
                f.sampleRate(), f.channels(), s);
    }
}
