package org.seizureforecast.tools.sim;

import java.util.SplittableRandom;

/**
 * A disconnected (floating) electrode: instead of EEG it picks up a large wandering potential
 * and mains hum. Unlike the other events it <em>replaces</em> the electrode's potential, so it
 * is rendered after everything else.
 */
final class Disconnection {
    private final Electrode electrode;
    private final long start;
    private final long end;
    private final double humUv;
    private final double lineStep;
    private final SplittableRandom random;
    private double drift;
    private double slow;
    private double phase;

    Disconnection(Electrode electrode, long start, long end, int lineHz, long seed, double sampleRate) {
        this.electrode = electrode;
        this.start = start;
        this.end = end;
        this.random = new SplittableRandom(seed);
        this.humUv = random.nextDouble(40, 150);
        this.lineStep = 2 * Math.PI * lineHz / sampleRate;
    }

    Electrode electrode() {
        return electrode;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    void render(long from, int n, double[][] sources) {
        long a = Math.max(from, start);
        long b = Math.min(from + n, end);
        double[] out = sources[electrode.ordinal()];
        for (long s = a; s < b; s++) {
            slow = 0.999 * slow + random.nextGaussian() * 4;
            drift = 0.99 * drift + 0.01 * slow;
            phase += lineStep;
            out[(int) (s - from)] = drift + humUv * StrictMath.sin(phase) + 5 * random.nextGaussian();
        }
    }
}
