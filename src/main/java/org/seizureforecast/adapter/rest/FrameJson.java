package org.seizureforecast.adapter.rest;

import java.util.List;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.FrameRows;
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
            throw new FrameRejectedException(
                    Rejection.UNSUPPORTED_VERSION,
                    "version " + version + " is not supported (this service reads version 1)");
        }
        require(patientId != null && !patientId.isBlank(), "patientId");
        require(sessionId != null && !sessionId.isBlank(), "sessionId");
        require(sequence != null, "sequence");
        require(startMicros != null, "startMicros");
        require(sampleRate != null, "sampleRate");
        require(channels != null && !channels.isEmpty(), "channels");
        require(samples != null, "samples");
        return FrameRows.toFrame(version, patientId, sessionId, sequence, startMicros, sampleRate, channels, samples);
    }

    private static void require(boolean ok, String field) throws FrameRejectedException {
        if (!ok) {
            throw new FrameRejectedException(Rejection.MALFORMED, "field '" + field + "' is missing or empty");
        }
    }

    public static FrameJson of(EegFrame f) {
        return new FrameJson(
                f.version(),
                f.patientId(),
                f.sessionId(),
                f.sequence(),
                f.startMicros(),
                f.sampleRate(),
                f.channels(),
                FrameRows.rows(f));
    }
}
