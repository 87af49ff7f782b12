package org.seizureforecast.core.signal;

import java.util.List;

/**
 * Bridge between the JSON form of a frame ({@code "samples": [[ch0...], [ch1...]]}, one row per
 * channel, see {@code docs/wire-format.md}) and {@link EegFrame}. The JSON parsing itself stays in
 * the REST adapter; this class checks the shape and flattens the rows channel-major.
 */
public final class FrameRows {
    private FrameRows() {}

    /**
     * Builds a frame from the JSON form's fields.
     *
     * @throws FrameRejectedException UNSUPPORTED_VERSION for a version other than 1, MALFORMED for
     *     a missing field or rows of unequal length, CHANNEL_MISMATCH when the number of rows and
     *     labels differ
     */
    public static EegFrame toFrame(
            int version,
            String patientId,
            String sessionId,
            long sequence,
            long startMicros,
            double sampleRate,
            List<String> channels,
            float[][] rows)
            throws FrameRejectedException {
        if (version != EegFrame.CURRENT_VERSION) {
            throw new FrameRejectedException(
                    Rejection.UNSUPPORTED_VERSION,
                    "format version " + version + " is not supported (this service reads version "
                            + EegFrame.CURRENT_VERSION + ")");
        }
        requirePresent(patientId, "patientId");
        requirePresent(sessionId, "sessionId");
        requirePresent(channels, "channels");
        requirePresent(rows, "samples");
        if (rows.length != channels.size()) {
            throw new FrameRejectedException(
                    Rejection.CHANNEL_MISMATCH,
                    "channels lists " + channels.size() + " label(s) but samples has " + rows.length + " row(s)");
        }
        int perChannel = rows.length == 0 ? 0 : lengthOf(rows[0], 0);
        float[] samples = new float[rows.length * perChannel];
        for (int c = 0; c < rows.length; c++) {
            if (lengthOf(rows[c], c) != perChannel) {
                throw new FrameRejectedException(
                        Rejection.MALFORMED,
                        "samples row " + c + " has " + rows[c].length + " values, row 0 has " + perChannel);
            }
            System.arraycopy(rows[c], 0, samples, c * perChannel, perChannel);
        }
        for (int c = 0; c < channels.size(); c++) {
            requirePresent(channels.get(c), "channels[" + c + "]");
        }
        return new EegFrame(
                version, patientId, sessionId, sequence, startMicros, sampleRate, channels, perChannel, samples);
    }

    /** The frame's samples as one row per channel (the JSON form's {@code samples}). */
    public static float[][] rows(EegFrame frame) {
        float[][] rows = new float[frame.channelCount()][frame.sampleCount()];
        for (int c = 0; c < rows.length; c++) {
            System.arraycopy(frame.samples(), c * frame.sampleCount(), rows[c], 0, frame.sampleCount());
        }
        return rows;
    }

    private static int lengthOf(float[] row, int c) throws FrameRejectedException {
        requirePresent(row, "samples row " + c);
        return row.length;
    }

    private static void requirePresent(Object value, String field) throws FrameRejectedException {
        if (value == null) {
            throw new FrameRejectedException(Rejection.MALFORMED, field + " is missing");
        }
    }
}
