package org.seizureforecast.tools.sim;

import java.util.SplittableRandom;

/**
 * The ongoing EEG at the 19 electrodes. White noise, spatially correlated by a Cholesky factor of
 * {@code C_ij = exp(-d_ij / spatialLength)} (volume conduction: nearby electrodes see the same
 * sources; Nunez &amp; Srinivasan 2006), drives per electrode
 * <ul>
 *   <li>a 1/f^α filter ({@link PinkNoiseFilter}): the aperiodic background (He 2014; Donoghue 2020);
 *   <li>resonators for the alpha (posterior, reactive), theta (fronto-central), slow-wave
 *       (frontal) and beta (fronto-central) rhythms; each rhythm also has a shared component for
 *       its long-range coherence;
 * </ul>
 * plus, for the preictal state, a fronto-temporal rhythm and a shared component near the focus
 * (synchrony), and 50/60 Hz mains hum with electrode-specific amplitude (impedance). The
 * state-dependent gains come in per block from {@link PatientPlan}. Not thread-safe.
 */
final class Background {
    static final int BACKGROUND = 0;
    static final int ALPHA = 1;
    static final int THETA = 2;
    static final int SLOW = 3;
    static final int BETA = 4;
    static final int FOCAL = 5;
    static final int SYNC = 6;
    static final int GAINS = 7;
    private static final int RHYTHMS = 4;
    private static final double[] COHERENCE = {0.5, 0.3, 0.7, 0.2};
    private static final double[] INDEPENDENCE = new double[COHERENCE.length];

    static {
        for (int k = 0; k < COHERENCE.length; k++) {
            INDEPENDENCE[k] = Math.sqrt(1 - COHERENCE[k] * COHERENCE[k]);
        }
    }

    private final int n = Electrode.COUNT;
    private final SplittableRandom random;
    private final double[] mix; // lower-triangular Cholesky factor, row-major
    private final PinkNoiseFilter[] pink = new PinkNoiseFilter[n];
    private final Resonator[][] local = new Resonator[RHYTHMS][n];
    private final Resonator[] shared = new Resonator[RHYTHMS];
    private final Resonator focal;
    private final PinkNoiseFilter sync;
    private final PinkNoiseFilter field;
    private final double[] fieldWeight = new double[n];
    private final double[][] weight = new double[GAINS][n];
    private final double[] lineCos = new double[n];
    private final double[] lineSin = new double[n];
    private final double lineStepCos;
    private final double lineStepSin;
    private double phasorCos = 1;
    private double phasorSin;
    private final double modulationPole;
    private final double modulationInnovation;
    private final double modulationDepth;
    private double modulation;
    private final double[] white = new double[n];
    private final double[] localValue = new double[n];

    Background(PatientParameters p, SplittableRandom random, double fs) {
        this.random = random;
        this.mix = cholesky(p.spatialLength());
        double[] hz = {p.pdrHz(), 5.5, 1.0, 20};
        double[] bandwidth = {1.2, 2.0, 1.2, 6};
        for (int k = 0; k < RHYTHMS; k++) {
            shared[k] = new Resonator(hz[k], bandwidth[k], fs);
            for (int e = 0; e < n; e++) {
                local[k][e] = new Resonator(hz[k], bandwidth[k], fs);
            }
        }
        for (int e = 0; e < n; e++) {
            pink[e] = new PinkNoiseFilter(p.spectralExponent(), p.kneeHz(), fs);
        }
        focal = new Resonator(random.nextDouble(4, 7), 2, fs);
        sync = new PinkNoiseFilter(p.spectralExponent(), p.kneeHz(), fs);
        field = new PinkNoiseFilter(p.spectralExponent(), p.kneeHz(), fs);
        // a distant, broad generator projects as a smooth gradient over the scalp (mostly
        // front-to-back): it is what makes longitudinal bipolar channels co-vary
        double ax = random.nextDouble(-0.3, 0.3);
        double ay = random.nextDouble(0.7, 1.0) * (random.nextBoolean() ? 1 : -1);
        double az = random.nextDouble(-0.3, 0.3);
        for (Electrode e : Electrode.values()) {
            int i = e.ordinal();
            weight[BACKGROUND][i] = p.backgroundUv() * random.nextDouble(0.9, 1.1);
            weight[ALPHA][i] = p.pdrUv() * StrictMath.pow(e.posterior(), 1.5);
            weight[THETA][i] =
                    p.thetaUv() * (0.5 + 0.5 * Math.max(e.near(Electrode.FZ, 0.9), e.near(Electrode.CZ, 0.9)));
            weight[SLOW][i] = p.slowWaveUv() * (0.4 + 0.6 * e.frontal());
            weight[BETA][i] = p.betaUv() * (0.5 + 0.5 * e.frontal());
            weight[FOCAL][i] = 20 * e.near(p.focus(), 0.5);
            weight[SYNC][i] = 0.6 * p.backgroundUv() * e.near(p.focus(), 0.6);
            fieldWeight[i] = p.fieldUv() * (ax * e.x() + ay * e.y() + az * e.z());
            double hum = p.lineUv() * StrictMath.exp(0.6 * random.nextGaussian());
            double phi = random.nextDouble(0, 2 * Math.PI);
            lineCos[i] = hum * StrictMath.cos(phi);
            lineSin[i] = hum * StrictMath.sin(phi);
        }
        modulationPole = StrictMath.exp(-1 / (0.7 * fs));
        modulationInnovation = Math.sqrt(1 - modulationPole * modulationPole);
        modulationDepth = p.amplitudeModulation();
        lineStepCos = StrictMath.cos(2 * Math.PI * p.lineHz() / fs);
        lineStepSin = StrictMath.sin(2 * Math.PI * p.lineHz() / fs);
    }

    /**
     * Writes {@code count} samples into {@code out[e][0..count)}, the gains moving linearly from
     * {@code from[g]} to {@code to[g]} over the block (indices {@link #BACKGROUND}..{@link #SYNC}).
     */
    void render(int count, double[] from, double[] to, double[][] out) {
        double[] g = new double[GAINS];
        double[] sharedValue = new double[RHYTHMS];
        for (int i = 0; i < count; i++) {
            double f = (double) i / count;
            for (int k = 0; k < GAINS; k++) {
                g[k] = from[k] + (to[k] - from[k]) * f;
            }
            for (int e = 0; e < n; e++) {
                white[e] = random.nextGaussian();
            }
            for (int k = 0; k < RHYTHMS; k++) {
                sharedValue[k] = shared[k].next(random.nextGaussian());
            }
            // waxing and waning: log-normal amplitude with unit mean square (a Gaussian scale mixture)
            modulation = modulationPole * modulation + modulationInnovation * random.nextGaussian();
            double scale = StrictMath.exp(modulationDepth * modulation - modulationDepth * modulationDepth);
            double focalValue = focal.next(random.nextGaussian()) * g[FOCAL];
            double syncValue = sync.next(random.nextGaussian()) * g[SYNC];
            double fieldValue = field.next(random.nextGaussian()) * g[BACKGROUND];
            advanceLine();
            for (int e = 0, row = 0; e < n; e++, row += n) {
                double m = 0;
                for (int k = 0; k <= e; k++) {
                    m += mix[row + k] * white[k];
                }
                localValue[e] = m;
            }
            for (int e = 0; e < n; e++) {
                double m = localValue[e];
                double v = g[BACKGROUND] * weight[BACKGROUND][e] * pink[e].next(m);
                for (int k = 0; k < RHYTHMS; k++) {
                    double rhythm = INDEPENDENCE[k] * local[k][e].next(m) + COHERENCE[k] * sharedValue[k];
                    v += g[ALPHA + k] * weight[ALPHA + k][e] * rhythm;
                }
                v *= scale;
                v += fieldValue * fieldWeight[e];
                v += focalValue * weight[FOCAL][e] + syncValue * weight[SYNC][e];
                v += lineCos[e] * phasorCos + lineSin[e] * phasorSin;
                out[e][i] = v;
            }
        }
    }

    private void advanceLine() {
        double c = phasorCos * lineStepCos - phasorSin * lineStepSin;
        double s = phasorSin * lineStepCos + phasorCos * lineStepSin;
        // keep the phasor on the unit circle (rounding would otherwise drift it over hours)
        double norm = (3 - (c * c + s * s)) * 0.5;
        phasorCos = c * norm;
        phasorSin = s * norm;
    }

    private static double[] cholesky(double spatialLength) {
        int n = Electrode.COUNT;
        Electrode[] es = Electrode.values();
        double[] a = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i * n + j] = StrictMath.exp(-es[i].distance(es[j]) / spatialLength);
            }
        }
        double[] l = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * n + k] * l[j * n + k];
                }
                l[i * n + j] = i == j ? Math.sqrt(sum) : sum / l[j * n + j];
            }
        }
        return l;
    }
}
