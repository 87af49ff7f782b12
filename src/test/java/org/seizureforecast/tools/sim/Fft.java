package org.seizureforecast.tools.sim;

import java.util.Arrays;

/** In-place iterative radix-2 complex FFT, for the realism features in tests (length a power of two). */
final class Fft {
    private Fft() {}

    static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("length must be a power of two, was " + n);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cRe = 1;
                double cIm = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xRe = re[b] * cRe - im[b] * cIm;
                    double xIm = re[b] * cIm + im[b] * cRe;
                    re[b] = re[a] - xRe;
                    im[b] = im[a] - xIm;
                    re[a] += xRe;
                    im[a] += xIm;
                    double t = cRe * wRe - cIm * wIm;
                    cIm = cRe * wIm + cIm * wRe;
                    cRe = t;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }

    /** Zero-phase brick-wall band-pass of a real signal (mean removed, zero-padded to a power of two). */
    static double[] bandPass(float[] x, int from, int length, double lowHz, double highHz, double fs) {
        int n = Integer.highestOneBit(Math.max(1, length - 1)) << 1;
        double[] re = new double[n];
        double[] im = new double[n];
        double mean = 0;
        for (int i = 0; i < length; i++) {
            mean += x[from + i];
        }
        mean /= length;
        for (int i = 0; i < length; i++) {
            re[i] = x[from + i] - mean;
        }
        transform(re, im, false);
        for (int k = 0; k < n; k++) {
            double f = Math.min(k, n - k) * fs / n;
            if (f < lowHz || f > highHz) {
                re[k] = 0;
                im[k] = 0;
            }
        }
        transform(re, im, true);
        return Arrays.copyOf(re, length);
    }
}
