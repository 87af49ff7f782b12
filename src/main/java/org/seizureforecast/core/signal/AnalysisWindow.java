package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * One analysis window of a patient, ready for a detector: the model montage's channels,
 * resampled to {@link StreamSpec#sampleRate()} and filtered, in microvolts.
 *
 * <p>{@code data} is channel-major, {@code channels().size() * samplesPerChannel} long, in the
 * order of {@link #channels()}. Channels that could not be derived from the input are zero-filled
 * and marked {@code false} in {@code present}. {@code afterGap} is true for the first window after
 * a discontinuity (gap, new session), so downstream state can close open events.
 *
 * @param index running number of the window within the patient's stream (0, 1, ...)
 * @param startMicros EEG time of the first sample, epoch microseconds
 * @param endMicros EEG time just after the last sample
 */
public record AnalysisWindow(
        String patientId,
        String sessionId,
        long index,
        long startMicros,
        long endMicros,
        List<String> channels,
        int samplesPerChannel,
        float[] data,
        boolean[] present,
        boolean afterGap) {

    public int channelCount() {
        return channels.size();
    }

    public float sample(int channel, int i) {
        return data[channel * samplesPerChannel + i];
    }

    /** Labels of the montage channels that were missing from the input. */
    public List<String> missingChannels() {
        ArrayList<String> missing = new ArrayList<>();
        for (int c = 0; c < present.length; c++) {
            if (!present[c]) {
                missing.add(channels.get(c));
            }
        }
        return missing;
    }
}
