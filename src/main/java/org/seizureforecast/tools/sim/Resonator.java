package org.seizureforecast.tools.sim;

/**
 * A narrow-band rhythm: white noise through a two-pole resonator (an AR(2) process) centred on
 * {@code frequencyHz} with {@code bandwidthHz}. This is the standard stochastic model of a
 * spontaneous EEG rhythm such as the alpha rhythm (waxing and waning amplitude, jittering
 * phase). Unit output variance for unit-variance white input. Not thread-safe.
 */
final class Resonator {
    private final double a1;
    private final double a2;
    private final double gain;
    private double y1;
    private double y2;

    Resonator(double frequencyHz, double bandwidthHz, double sampleRate) {
        double r = StrictMath.exp(-Math.PI * bandwidthHz / sampleRate);
        a1 = 2 * r * StrictMath.cos(2 * Math.PI * frequencyHz / sampleRate);
        a2 = -r * r;
        // Variance of an AR(2) process driven by unit white noise.
        double variance = (1 - a2) / ((1 + a2) * ((1 - a2) * (1 - a2) - a1 * a1));
        gain = 1 / Math.sqrt(variance);
    }

    double next(double white) {
        double y = a1 * y1 + a2 * y2 + white;
        y2 = y1;
        y1 = y;
        return y * gain;
    }
}
