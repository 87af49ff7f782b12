package org.seizureforecast.core.signal;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Arbitrary-ratio streaming resampler (band-limited interpolation with a {@link
 * KaiserSincKernel}). Written by hand: no maintained Java library offers streaming multichannel
 * resampling with carried state.
 *
 * <p>Output sample {@code k} is the kernel-weighted sum of the {@code 2H} input samples around
 * position {@code p_k = (k + k0) * N / D - H} (in input samples, with {@code N/D} the exact {@link
 * RateRatio} and {@code H} the kernel half-width). It is produced as soon as input sample {@code
 * floor(p_k) + H} has arrived, so the output runs {@code H} input samples behind the input. The
 * position is kept as an integer plus a numerator over {@code D}, so it never drifts, and
 * {@code k0} makes {@code p_0} the first position at or after input sample 0. Before the first
 * sample the signal is taken as constant ({@link #reset}).
 *
 * <p>The weights of one output sample are computed once and applied to every channel. Buffers
 * grow to the largest chunk seen and are then reused: no allocation per call. Not thread-safe.
 */
final class SincResampler implements Resampler {
    private final double inputRate;
    private final double outputRate;
    private final KaiserSincKernel kernel;
    private final int half;
    private final int span;
    private final long denominator;
    private final long stepWhole;
    private final long stepRemainder;
    private final long firstLast;
    private final long firstRemainder;
    private final double offsetSeconds;
    private final double[] weights;
    private final float[][] history;
    private final float[][] out;
    private long received;
    private long last;
    private long remainder;

    SincResampler(double inputRate, double outputRate, RateRatio ratio, int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("a resampler needs at least one channel");
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.kernel = new KaiserSincKernel(inputRate, outputRate);
        this.half = kernel.halfWidth();
        this.span = 2 * half;
        this.denominator = ratio.denominator();
        this.stepWhole = ratio.numerator() / denominator;
        this.stepRemainder = ratio.numerator() % denominator;
        // k0 = ceil(H * D / N); the first output's last needed input is floor(k0 * N / D)
        BigInteger n = BigInteger.valueOf(ratio.numerator());
        BigInteger d = BigInteger.valueOf(denominator);
        BigInteger k0 = BigInteger.valueOf(half)
                .multiply(d)
                .add(n)
                .subtract(BigInteger.ONE)
                .divide(n);
        BigInteger[] first = k0.multiply(n).divideAndRemainder(d);
        this.firstLast = first[0].longValueExact();
        this.firstRemainder = first[1].longValueExact();
        this.offsetSeconds = (firstLast - half + (double) firstRemainder / denominator) / inputRate;
        this.weights = new double[span];
        this.history = new float[channels][span];
        this.out = new float[channels][0];
        reset(new float[channels]);
    }

    @Override
    public double inputRate() {
        return inputRate;
    }

    @Override
    public double outputRate() {
        return outputRate;
    }

    @Override
    public double offsetSeconds() {
        return offsetSeconds;
    }

    @Override
    public int lookaheadSamples() {
        return half;
    }

    @Override
    public void reset(float[] levels) {
        for (int c = 0; c < history.length; c++) {
            Arrays.fill(history[c], 0, span, levels[c]);
        }
        received = 0;
        last = firstLast;
        remainder = firstRemainder;
    }

    @Override
    public int process(float[][] in, int n) {
        ensureCapacity(n);
        for (int c = 0; c < history.length; c++) {
            System.arraycopy(in[c], 0, history[c], span, n);
        }
        long base = received - span; // input index held at history[c][0]
        received += n;
        int produced = 0;
        while (last < received) {
            double fraction = (double) remainder / denominator;
            for (int t = 0; t < span; t++) {
                weights[t] = kernel.at(half - 1 - t + fraction);
            }
            int from = (int) (last - span + 1 - base);
            for (int c = 0; c < history.length; c++) {
                out[c][produced] = dot(history[c], from);
            }
            produced++;
            advance();
        }
        for (int c = 0; c < history.length; c++) {
            System.arraycopy(history[c], n, history[c], 0, span);
        }
        return produced;
    }

    @Override
    public float[][] output() {
        return out;
    }

    /** Four partial sums: shorter dependency chains, same result however the input was chunked. */
    private float dot(float[] x, int from) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int t = 0;
        for (; t + 3 < span; t += 4) {
            s0 += weights[t] * x[from + t];
            s1 += weights[t + 1] * x[from + t + 1];
            s2 += weights[t + 2] * x[from + t + 2];
            s3 += weights[t + 3] * x[from + t + 3];
        }
        for (; t < span; t++) {
            s0 += weights[t] * x[from + t];
        }
        return (float) ((s0 + s1) + (s2 + s3));
    }

    private void advance() {
        last += stepWhole;
        remainder += stepRemainder;
        if (remainder >= denominator) {
            remainder -= denominator;
            last++;
        }
    }

    private void ensureCapacity(int n) {
        if (history[0].length < span + n) {
            for (int c = 0; c < history.length; c++) {
                history[c] = Arrays.copyOf(history[c], span + n);
            }
        }
        int maxOut = (int) Math.ceil(n * outputRate / inputRate) + 2;
        if (out[0].length < maxOut) {
            for (int c = 0; c < out.length; c++) {
                out[c] = new float[maxOut];
            }
        }
    }
}
