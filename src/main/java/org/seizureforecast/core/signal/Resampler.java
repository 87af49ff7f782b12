package org.seizureforecast.core.signal;

/**
 * Streaming sample-rate conversion of several channels at once, with state carried from one
 * call to the next: cutting the input into chunks anywhere gives bit-for-bit the same output as
 * one call with the whole signal.
 *
 * <p>Output sample {@code k} of a segment (the samples since the last {@link #reset}) represents
 * the instant {@link #outputTimeSeconds(long) outputTimeSeconds(k)} after input sample 0. One
 * instance per patient stream; not thread-safe.
 */
public interface Resampler {

    /**
     * A pass-through when the rates are equal (to 1 µHz), otherwise a windowed-sinc resampler
     * ({@link SincResampler}).
     */
    static Resampler create(double inputRate, double outputRate, int channels) {
        RateRatio ratio = RateRatio.of(inputRate, outputRate);
        return ratio.isIdentity()
                ? new PassThroughResampler(inputRate)
                : new SincResampler(inputRate, outputRate, ratio, channels);
    }

    double inputRate();

    double outputRate();

    /** When output sample 0 lies, in seconds after input sample 0: 0 or less than one output period. */
    double offsetSeconds();

    /** Input samples needed beyond an output sample's instant before it can be produced. */
    int lookaheadSamples();

    default double outputTimeSeconds(long k) {
        return offsetSeconds() + k / outputRate();
    }

    /**
     * Starts a new segment: forgets the past and treats each channel as having been {@code
     * levels[c]} forever before input sample 0 (no edge transient).
     */
    void reset(float[] levels);

    /**
     * Consumes {@code n} samples of each channel from {@code in[c][0..n)} and returns how many
     * output samples are now in {@link #output()}.
     */
    int process(float[][] in, int n);

    /** The samples produced by the last {@link #process} call, {@code [channel][0..produced)}. */
    float[][] output();
}
