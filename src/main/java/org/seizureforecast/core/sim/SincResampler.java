package org.seizureforecast.core.sim;

/**
 * Offline resampling of a whole signal by windowed-sinc interpolation: each output sample is
 * the input convolved with a Blackman-windowed sinc centred on its exact (fractional) input
 * position, cut off at 90 % of the lower of the two Nyquist frequencies, normalised to unit DC
 * gain. The kernel is tabulated (512 steps per input sample, linear interpolation). Written by
 * hand for the one offline job that needs it (Bonn's 173.61 Hz to 256 Hz); the streaming
 * resampler of the service lives in core.signal.
 */
final class SincResampler {
    private static final int HALF_WIDTH = 16; // zero crossings on each side
    private static final int STEPS = 512;

    private SincResampler() {}

    static float[] resample(float[] x, double fsIn, double fsOut) {
        int n = (int) Math.floor((x.length - 1) * fsOut / fsIn) + 1;
        double cutoff = 0.9 * Math.min(1.0, fsOut / fsIn);
        int half = (int) Math.ceil(HALF_WIDTH / cutoff);
        double[] table = kernel(cutoff, half);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double centre = i * fsIn / fsOut;
            int first = Math.max(0, (int) Math.ceil(centre - half));
            int last = Math.min(x.length - 1, (int) Math.floor(centre + half));
            double sum = 0;
            double weights = 0;
            for (int k = first; k <= last; k++) {
                double pos = Math.abs(k - centre) * STEPS;
                int j = (int) pos;
                double w = j + 1 < table.length ? table[j] + (table[j + 1] - table[j]) * (pos - j) : 0;
                sum += w * x[k];
                weights += w;
            }
            y[i] = (float) (weights == 0 ? 0 : sum / weights);
        }
        return y;
    }

    private static double[] kernel(double cutoff, int half) {
        double[] table = new double[half * STEPS + 2];
        for (int j = 0; j < table.length; j++) {
            double d = (double) j / STEPS;
            double u = d / half;
            double window = u >= 1 ? 0 : 0.42 + 0.5 * StrictMath.cos(Math.PI * u) + 0.08 * StrictMath.cos(2 * Math.PI * u);
            double t = Math.PI * cutoff * d;
            table[j] = (j == 0 ? 1 : StrictMath.sin(t) / t) * window;
        }
        return table;
    }
}
