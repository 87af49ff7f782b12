package org.seizureforecast.core.signal;

/**
 * The anti-alias (and anti-image) low-pass of {@link SincResampler}: a Kaiser-windowed sinc in
 * units of input samples, tabulated finely and read with linear interpolation.
 *
 * <p>Design: stop band from half the lower of the two rates (the output's Nyquist frequency when
 * downsampling, the input's when upsampling), pass band up to {@value #PASSBAND_FRACTION} of
 * that, {@value #STOPBAND_DB} dB stop-band attenuation; the length follows Kaiser's formula.
 * For 256 Hz output that is flat to 100 Hz and closed from 128 Hz. The table holds {@value
 * #POINTS_PER_ZERO_CROSSING} points per zero crossing, which keeps the interpolation error near
 * -100 dB. Immutable.
 */
final class KaiserSincKernel {
    static final double STOPBAND_DB = 90;
    static final double PASSBAND_FRACTION = 0.78;
    static final int POINTS_PER_ZERO_CROSSING = 1024;

    private final int halfWidth;
    private final double pointsPerSample;
    private final double[] table;

    KaiserSincKernel(double inputRate, double outputRate) {
        double stop = Math.min(inputRate, outputRate) / 2;
        double pass = stop * PASSBAND_FRACTION;
        double cutoff = (pass + stop) / 2 / inputRate; // cycles per input sample
        double transition = 2 * Math.PI * (stop - pass) / inputRate; // radians per input sample
        double order = (STOPBAND_DB - 8) / (2.285 * transition);
        halfWidth = Math.max(1, (int) Math.ceil(order / 2));
        pointsPerSample = Math.ceil(POINTS_PER_ZERO_CROSSING * 2 * cutoff);
        table = new double[(int) (halfWidth * pointsPerSample) + 2];
        double beta = 0.1102 * (STOPBAND_DB - 8.7);
        double windowNorm = besselI0(beta);
        for (int i = 0; i < table.length; i++) {
            double d = i / pointsPerSample;
            if (d < halfWidth) {
                double x = d / halfWidth;
                double window = besselI0(beta * Math.sqrt(1 - x * x)) / windowNorm;
                table[i] = 2 * cutoff * sinc(2 * cutoff * d) * window;
            }
        }
    }

    /** Half the kernel's length in input samples; it is zero from there on. */
    int halfWidth() {
        return halfWidth;
    }

    /** The kernel's value {@code d} input samples from its centre. */
    double at(double d) {
        double x = Math.abs(d) * pointsPerSample;
        int i = (int) x;
        if (i >= table.length - 1) {
            return 0;
        }
        return table[i] + (x - i) * (table[i + 1] - table[i]);
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; term > 1e-17 * sum; k++) {
            term *= q / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
