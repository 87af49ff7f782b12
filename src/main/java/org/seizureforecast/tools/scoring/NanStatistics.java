package org.seizureforecast.tools.scoring;

/**
 * NumPy's {@code nanmean} and {@code nanstd} (population, ddof 0): NaN values are ignored and
 * an all-NaN or empty input gives NaN. Sums use NumPy's pairwise summation so that results match
 * to the last bit for the same input order.
 */
public final class NanStatistics {
    private static final int BLOCK = 128;

    private NanStatistics() {}

    /** Mean of the non-NaN values; NaN if there are none. */
    public static double mean(double[] values) {
        int count = count(values);
        return count == 0 ? Double.NaN : pairwiseSum(zeroedNaN(values), 0, values.length) / count;
    }

    /** Population standard deviation of the non-NaN values; NaN if there are none. */
    public static double std(double[] values) {
        int count = count(values);
        if (count == 0) {
            return Double.NaN;
        }
        double mean = mean(values);
        double[] squares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double d = Double.isNaN(values[i]) ? 0 : values[i] - mean;
            squares[i] = d * d;
        }
        return Math.sqrt(pairwiseSum(squares, 0, squares.length) / count);
    }

    private static int count(double[] values) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        return n;
    }

    private static double[] zeroedNaN(double[] values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** NumPy's {@code pairwise_sum}: plain loop below 8, 8 accumulators up to 128, else halves. */
    static double pairwiseSum(double[] a, int from, int n) {
        if (n < 8) {
            double sum = 0;
            for (int i = from; i < from + n; i++) {
                sum += a[i];
            }
            return sum;
        }
        if (n <= BLOCK) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += a[from + i + k];
                }
            }
            double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                sum += a[from + i];
            }
            return sum;
        }
        int half = n / 2;
        half -= half % 8;
        return pairwiseSum(a, from, half) + pairwiseSum(a, from + half, n - half);
    }
}
