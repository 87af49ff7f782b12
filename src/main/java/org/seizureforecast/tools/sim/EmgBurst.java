package org.seizureforecast.tools.sim;

import java.util.SplittableRandom;

/**
 * A burst of muscle artifact (jaw clenching, chewing, talking, or the tonic phase of a seizure):
 * independent EMG noise on each electrode weighted by its closeness to the temporalis muscles,
 * with 100 ms on/off ramps. Its noise comes from its own seed, so the bytes do not depend on
 * how rendering is cut into blocks.
 */
final class EmgBurst implements SourceEvent {
    private final long start;
    private final int length;
    private final double amplitude;
    private final double[] weights;
    private final long seed;
    private final double sampleRate;
    private EmgNoise[] noise;

    EmgBurst(long start, int length, double amplitude, double[] weights, long seed, double sampleRate) {
        this.start = start;
        this.length = Math.max(1, length);
        this.amplitude = amplitude;
        this.weights = weights;
        this.seed = seed;
        this.sampleRate = sampleRate;
    }

    /**
     * Temporal-muscle weights ({@link Electrode#temporal()}, zero below 0.05) for one side (-1
     * left, +1 right) or both (0).
     */
    static double[] weights(int side) {
        double[] w = new double[Electrode.COUNT];
        for (Electrode e : Electrode.values()) {
            boolean onSide = side == 0 || e.side() == side;
            w[e.ordinal()] = onSide && e.temporal() > 0.05 ? e.temporal() : 0;
        }
        return w;
    }

    @Override
    public long start() {
        return start;
    }

    @Override
    public long end() {
        return start + length;
    }

    @Override
    public void render(long from, int n, double[][] sources) {
        if (noise == null) {
            SplittableRandom r = new SplittableRandom(seed);
            noise = new EmgNoise[weights.length];
            for (int e = 0; e < weights.length; e++) {
                noise[e] = new EmgNoise(r.split(), sampleRate);
            }
        }
        long a = Math.max(from, start);
        long b = Math.min(from + n, end());
        double ramp = 0.1 * sampleRate;
        for (long s = a; s < b; s++) {
            long k = s - start;
            double envelope = amplitude * Math.min(1, Math.min(k / ramp, (length - k) / ramp));
            int i = (int) (s - from);
            for (int e = 0; e < weights.length; e++) {
                if (weights[e] != 0) {
                    sources[e][i] += envelope * weights[e] * noise[e].next();
                }
            }
        }
    }
}
