package org.seizureforecast.tools.sim;

import java.util.Arrays;

/**
 * Shapes white noise into an EEG-like 1/f^α spectrum: a cascade of first-order pole/zero
 * sections with poles two per decade from 0.4 Hz and each zero placed {@code α/2} of the way
 * (in log frequency) to the next pole, so the average slope is -α in power (Kasdin 1995's
 * rational approximation of fractional noise). A first-order high-pass at 0.5 Hz stands for the
 * amplifier's DC filter and a first-order low-pass at {@code kneeHz} for the steeper fall of
 * scalp EEG above ~30 Hz. Output has unit variance for unit-variance white input.
 *
 * <p>One instance per stream: it keeps that stream's filter state. Not thread-safe.
 */
final class PinkNoiseFilter {
    private static final double FIRST_POLE_HZ = 0.4;
    private static final double POLE_SPACING = Math.sqrt(10);
    private static final int SECTIONS = 5;
    private static final double HIGH_PASS_HZ = 0.5;

    private final double[] pole = new double[SECTIONS];
    private final double[] zero = new double[SECTIONS];
    private final double[] xPrev = new double[SECTIONS];
    private final double[] yPrev = new double[SECTIONS];
    private final double highPass;
    private final double lowPass;
    private final double gain;
    private double hpIn;
    private double hpOut;
    private double lpOut;

    PinkNoiseFilter(double alpha, double kneeHz, double sampleRate) {
        if (!(alpha > 0 && alpha <= 2)) {
            throw new IllegalArgumentException("alpha must be in (0, 2], was " + alpha);
        }
        for (int k = 0; k < SECTIONS; k++) {
            double p = FIRST_POLE_HZ * StrictMath.pow(POLE_SPACING, k);
            double z = p * StrictMath.pow(POLE_SPACING, alpha / 2);
            pole[k] = StrictMath.exp(-2 * Math.PI * p / sampleRate);
            zero[k] = StrictMath.exp(-2 * Math.PI * Math.min(z, 0.45 * sampleRate) / sampleRate);
        }
        highPass = StrictMath.exp(-2 * Math.PI * HIGH_PASS_HZ / sampleRate);
        lowPass = StrictMath.exp(-2 * Math.PI * kneeHz / sampleRate);
        gain = 1.0 / Math.sqrt(impulseEnergy((int) (sampleRate * 60)));
        reset();
    }

    /** One output sample for one white input sample. */
    double next(double white) {
        return nextUnscaled(white * gain);
    }

    private double impulseEnergy(int samples) {
        double energy = 0;
        for (int i = 0; i < samples; i++) {
            double v = nextUnscaled(i == 0 ? 1 : 0);
            energy += v * v;
        }
        reset();
        return energy;
    }

    private double nextUnscaled(double x) {
        double v = x;
        for (int k = 0; k < SECTIONS; k++) {
            double y = v - zero[k] * xPrev[k] + pole[k] * yPrev[k];
            xPrev[k] = v;
            yPrev[k] = y;
            v = y;
        }
        double hp = highPass * (hpOut + v - hpIn);
        hpIn = v;
        hpOut = hp;
        lpOut = (1 - lowPass) * hp + lowPass * lpOut;
        return lpOut;
    }

    private void reset() {
        Arrays.fill(xPrev, 0);
        Arrays.fill(yPrev, 0);
        hpIn = 0;
        hpOut = 0;
        lpOut = 0;
    }
}
