package org.seizureforecast.core.monitor;

import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * The samples one analysis window added to the history (those not already held from the window
 * before it), stored as 16-bit integers with one scale per channel, plus that window's quality.
 *
 * <p>Per-channel, per-block scaling keeps the quantisation step at {@code max|x| / 32767} of the
 * block's own amplitude, far below what an EEG display resolves, at half the memory of floats.
 * Immutable after construction.
 */
final class EegBlock {
    final long sampleStartMicros;
    final long sampleEndMicros;
    final int samples;
    final WindowQuality quality;
    private final float[] scale;
    private final short[] data;

    /** Keeps samples {@code [skip, samplesPerChannel)} of every channel of {@code w}. */
    EegBlock(AnalysisWindow w, int skip, double sampleRate, WindowQuality quality) {
        int n = w.samplesPerChannel();
        this.samples = n - skip;
        this.sampleStartMicros = w.startMicros() + Math.round(skip * 1e6 / sampleRate);
        this.sampleEndMicros = w.startMicros() + Math.round(n * 1e6 / sampleRate);
        this.quality = quality;
        int channels = w.channelCount();
        this.scale = new float[channels];
        this.data = new short[channels * samples];
        for (int c = 0; c < channels; c++) {
            int from = c * n + skip;
            float max = 0;
            for (int k = 0; k < samples; k++) {
                float v = w.data()[from + k];
                if (Float.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            scale[c] = max / Short.MAX_VALUE;
            float inverse = max == 0 ? 0 : Short.MAX_VALUE / max;
            for (int k = 0; k < samples; k++) {
                float v = w.data()[from + k];
                data[c * samples + k] = Float.isFinite(v) ? (short) Math.round(v * inverse) : 0;
            }
        }
    }

    /** Microvolts of samples {@code [from, to)} of channel {@code c} into {@code out} at {@code at}. */
    void decode(int c, int from, int to, float[] out, int at) {
        float s = scale[c];
        for (int k = from; k < to; k++) {
            out[at + k - from] = data[c * samples + k] * s;
        }
    }

    int channels() {
        return scale.length;
    }

    long bytes() {
        return 2L * data.length + 4L * scale.length + 64;
    }
}
