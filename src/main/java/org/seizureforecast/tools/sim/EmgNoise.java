package org.seizureforecast.tools.sim;

import java.util.SplittableRandom;

/**
 * Surface EMG as seen by a scalp electrode: broadband noise with its power above ~20 Hz (up to
 * the 128 Hz Nyquist limit at 256 Hz), made by high-passing white noise twice at 20 Hz, with a
 * slowly fluctuating amplitude for motor-unit recruitment. This is the usual stochastic EMG
 * model (a filtered Gaussian process); real scalp EMG spans ~20–300 Hz, of which 256 Hz
 * sampling keeps 20–128 Hz. Unit variance on average. Not thread-safe.
 */
final class EmgNoise {
    private static final double CORNER_HZ = 20;

    private final SplittableRandom random;
    private final double hp;
    private final double modulationPole;
    private final double gain;
    private double in1;
    private double out1;
    private double in2;
    private double out2;
    private double modulation;

    EmgNoise(SplittableRandom random, double sampleRate) {
        this.random = random;
        this.hp = StrictMath.exp(-2 * Math.PI * CORNER_HZ / sampleRate);
        this.modulationPole = StrictMath.exp(-2 * Math.PI * 3 / sampleRate);
        // variance of white noise through two first-order high-passes (pole hp): measured once
        this.gain = 1 / Math.sqrt(passGain(hp));
        this.modulation = 0;
    }

    double next() {
        double x = random.nextGaussian();
        double y1 = hp * (out1 + x - in1);
        in1 = x;
        out1 = y1;
        double y2 = hp * (out2 + y1 - in2);
        in2 = y1;
        out2 = y2;
        modulation = modulationPole * modulation + (1 - modulationPole) * random.nextGaussian() * 6;
        return y2 * gain * Math.max(0.2, 1 + 0.5 * modulation);
    }

    private static double passGain(double pole) {
        double i1 = 0;
        double o1 = 0;
        double i2 = 0;
        double o2 = 0;
        double energy = 0;
        for (int n = 0; n < 4096; n++) {
            double x = n == 0 ? 1 : 0;
            double y1 = pole * (o1 + x - i1);
            i1 = x;
            o1 = y1;
            double y2 = pole * (o2 + y1 - i2);
            i2 = y1;
            o2 = y2;
            energy += y2 * y2;
        }
        return energy;
    }
}
