package org.seizureforecast.adapter.dsp;

import org.seizureforecast.core.signal.ChannelFilter;

/**
 * A cascade of second-order sections run in transposed direct form II, in double precision,
 * with its own state. Coefficients are shared (immutable), state is per channel.
 *
 * <p>{@link #reset(float)} sets each section's state to its steady state for a constant input,
 * like SciPy's {@code sosfilt_zi(sos) * level}, so a (re)start on a signal with a DC offset has no
 * step transient. Not thread-safe.
 */
final class SosCascade implements ChannelFilter {
    /** Per section: b0, b1, b2, a1, a2 (a0 = 1). */
    private final double[] coefficients;
    /** Per section: z1, z2. */
    private final double[] state;
    private final int sections;

    SosCascade(double[] coefficients) {
        this.coefficients = coefficients;
        this.sections = coefficients.length / 5;
        this.state = new double[2 * sections];
    }

    @Override
    public void process(float[] data, int offset, int len) {
        double[] k = coefficients;
        double[] z = state;
        for (int i = offset; i < offset + len; i++) {
            double x = data[i];
            for (int s = 0, c = 0, q = 0; s < sections; s++, c += 5, q += 2) {
                double y = k[c] * x + z[q];
                z[q] = k[c + 1] * x - k[c + 3] * y + z[q + 1];
                z[q + 1] = k[c + 2] * x - k[c + 4] * y;
                x = y;
            }
            data[i] = (float) x;
        }
    }

    @Override
    public void reset(float level) {
        double x = level;
        for (int s = 0, c = 0, q = 0; s < sections; s++, c += 5, q += 2) {
            double b0 = coefficients[c];
            double b1 = coefficients[c + 1];
            double b2 = coefficients[c + 2];
            double a1 = coefficients[c + 3];
            double a2 = coefficients[c + 4];
            double y = x * (b0 + b1 + b2) / (1 + a1 + a2);
            state[q + 1] = b2 * x - a2 * y;
            state[q] = y - b0 * x;
            x = y;
        }
    }
}
