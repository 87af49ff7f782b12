package org.seizureforecast.tools.sim;

import java.util.SplittableRandom;

/**
 * The electrographic seizure: a rhythmic discharge whose frequency slows from {@code startHz}
 * to {@code endHz} while its amplitude builds up, that recruits electrodes outwards from the
 * focus (a focal seizure), becomes bilateral part-way (focal to bilateral) or starts
 * everywhere with frontal predominance (generalised). The waveform sharpens as it slows
 * (growing harmonics, spike-and-wave-like), may open with low-voltage fast activity, has a small
 * propagation lag between electrodes and a jittering frequency. This follows the descriptions of
 * ictal evolution in Gotman (1982) and the ACNS terminology (evolving rhythmic activity).
 */
final class SeizureDischarge implements SourceEvent {
    private static final double NEIGHBOUR = 0.62; // chord distance of one 10-20 step

    private final Seizure seizure;
    private final double sampleRate;
    private final long start;
    private final long length;
    private final double[] delay = new double[Electrode.COUNT];
    private final double[] reach = new double[Electrode.COUNT];
    private final double[] lag = new double[Electrode.COUNT];
    private final SplittableRandom random;
    private final double fastSeconds;
    private double phase;
    private double fastPhase;
    private double jitter;
    private double waxing;
    private final double[] localWaxing = new double[Electrode.COUNT];

    SeizureDischarge(Seizure s, double sampleRate) {
        this.seizure = s;
        this.sampleRate = sampleRate;
        this.start = Math.round(s.onsetSeconds() * sampleRate);
        this.length = Math.round(s.durationSeconds() * sampleRate);
        this.random = new SplittableRandom(s.seed());
        this.fastSeconds = s.fastOnset() ? random.nextDouble(2, 5) : 0;
        for (Electrode e : Electrode.values()) {
            double d = e.distance(s.focus());
            int i = e.ordinal();
            if (s.kind() == SeizureKind.GENERALISED) {
                delay[i] = 0.3 * d;
                reach[i] = 0.75 + 0.25 * e.frontal();
            } else {
                delay[i] = s.spreadSeconds() * d / NEIGHBOUR;
                reach[i] = 0.5 + 0.5 * StrictMath.exp(-(d / 1.1) * (d / 1.1));
            }
            lag[i] = d * 1.6 + random.nextDouble(0, 1.2);
            reach[i] *= random.nextDouble(0.7, 1.3);
        }
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
        long a = Math.max(from, start);
        long b = Math.min(from + n, end());
        double duration = seizure.durationSeconds();
        for (long s = a; s < b; s++) {
            double t = (s - start) / sampleRate;
            double u = t / duration;
            if ((s - start) % 16 == 0) {
                jitter = 0.8 * jitter + 0.2 * random.nextGaussian() * 0.3;
                // discharges wax and wane: log-normal amplitude, ~1 s correlation (16 updates/s)
                waxing = 0.94 * waxing + 0.34 * random.nextGaussian();
                for (int e = 0; e < Electrode.COUNT; e++) {
                    localWaxing[e] = 0.9 * localWaxing[e] + 0.44 * random.nextGaussian();
                }
            }
            double f = seizure.endHz() + (seizure.startHz() - seizure.endHz()) * StrictMath.exp(-6 * u);
            phase += 2 * Math.PI * f * (1 + jitter) / sampleRate;
            fastPhase += 2 * Math.PI * 20 / sampleRate;
            double rhythmic = t < fastSeconds ? 0 : Waveforms.smoothstep((t - fastSeconds) / 2);
            double envelope = (0.5 + 0.5 * Waveforms.smoothstep(u / 0.25))
                    * (u > 0.9 ? 1 - 2.5 * (u - 0.9) : 1)
                    * StrictMath.exp(0.45 * waxing - 0.45 * 0.45);
            double fast = t < fastSeconds + 2 ? 0.3 * Waveforms.smoothstep(t / 1.0) * (1 - rhythmic) : 0;
            double sharpness = 0.15 + 0.35 * u;
            double spikiness = 0.5 + 0.5 * u;
            int i = (int) (s - from);
            for (int e = 0; e < Electrode.COUNT; e++) {
                double g = gain(e, t);
                if (g < 1e-3) {
                    continue;
                }
                double p = phase - lag[e];
                double wave = StrictMath.sin(p)
                        + sharpness * (0.6 * StrictMath.sin(2 * p + 0.6) + 0.15 * StrictMath.sin(3 * p + 1.2));
                // the spike of each spike-and-wave complex: ~60 ms wide at 2 Hz, surface-negative
                double q = (p - 2 * Math.PI * Math.floor(p / (2 * Math.PI)) - Math.PI) / 0.5;
                wave -= spikiness * StrictMath.exp(-q * q);
                double v = rhythmic * envelope * wave;
                if (fast > 0) {
                    v += fast * StrictMath.sin(fastPhase - lag[e]);
                }
                sources[e][i] += seizure.peakUv() * g * v * (1 + 0.25 * localWaxing[e]);
            }
        }
    }

    private double gain(int e, double t) {
        double recruited = Waveforms.smoothstep((t - delay[e]) / 3);
        double g = recruited * reach[e];
        if (seizure.kind() == SeizureKind.FOCAL_TO_BILATERAL) {
            double bilateral = Waveforms.smoothstep((t - seizure.generaliseAt() * seizure.durationSeconds()) / 4);
            g = Math.max(g, bilateral * 0.85);
        }
        return g;
    }
}
