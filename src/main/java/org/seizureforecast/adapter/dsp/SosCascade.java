package org.seizureforecast.adapter.dsp;

import org.seizureforecast.core.signal.ChannelFilter;

/**
 * A cascade of second-order sections run in transposed direct form II, in double precision,
 * with its own state. Coefficients are shared (immutable), state and scratch are per channel.
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
    /** Scratch for one block in double precision; grows to the largest block. */
    private double[] block = new double[0];

    SosCascade(double[] coefficients) {
        this.coefficients = coefficients;
        this.sections = coefficients.length / 5;
        this.state = new double[2 * sections];
    }

    /**
     * Runs the block through one section at a time, with that section's state and coefficients in
     * locals, over a double copy of the block: the same arithmetic per sample as running every
     * section per sample, so the output does not depend on how the signal is cut into blocks.
     */
    @Override
    public void process(float[] data, int offset, int len) {
        if (block.length < len) {
            block = new double[len];
        }
        double[] x = block;
        for (int i = 0; i < len; i++) {
            x[i] = data[offset + i];
        }
        for (int s = 0, c = 0; s < sections; s++, c += 5) {
            double b0 = coefficients[c], b1 = coefficients[c + 1], b2 = coefficients[c + 2];
            double a1 = coefficients[c + 3], a2 = coefficients[c + 4];
            double z1 = state[2 * s], z2 = state[2 * s + 1];
            for (int i = 0; i < len; i++) {
                double in = x[i];
                double y = b0 * in + z1;
                z1 = b1 * in - a1 * y + z2;
                z2 = b2 * in - a2 * y;
                x[i] = y;
            }
            state[2 * s] = z1;
            state[2 * s + 1] = z2;
        }
        for (int i = 0; i < len; i++) {
            data[offset + i] = (float) x[i];
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
