package org.seizureforecast.core.monitor;

/**
 * A gap-free run of filtered EEG: sample {@code k} of every channel lies at {@code startMicros + k
 * / sampleRate} seconds.
 *
 * @param startMicros EEG time of the first sample, epoch µs
 * @param samples one row per montage channel, in microvolts (rounded to 0.1 µV)
 */
public record EegSegment(long startMicros, float[][] samples) {

    public int length() {
        return samples.length == 0 ? 0 : samples[0].length;
    }
}
