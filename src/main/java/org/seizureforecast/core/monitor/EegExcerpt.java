package org.seizureforecast.core.monitor;

import java.util.List;

/**
 * The filtered EEG of one patient between two EEG times, as the history holds it.
 *
 * @param sampleRate samples per second of every segment (the analysis rate, 256 Hz)
 * @param channels montage channel labels, the row order of every segment
 * @param fromMicros start of the requested span, epoch µs (inclusive)
 * @param toMicros end of the requested span (exclusive)
 * @param heldFromMicros first sample the history still holds for the patient
 * @param heldToMicros end of the last sample it holds
 * @param segments gap-free runs inside the span, in time order (empty when the span is not held)
 * @param windows quality of the analysis windows overlapping the span, in time order
 */
public record EegExcerpt(
        String patientId,
        double sampleRate,
        List<String> channels,
        long fromMicros,
        long toMicros,
        long heldFromMicros,
        long heldToMicros,
        List<EegSegment> segments,
        List<WindowQuality> windows) {

    public EegExcerpt {
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
        windows = List.copyOf(windows);
    }
}
