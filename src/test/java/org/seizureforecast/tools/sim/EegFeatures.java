package org.seizureforecast.tools.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The realism features of a multichannel EEG segment (256 Hz): relative band powers (Welch, 2-s
 * Hann windows, 50 % overlap, over 0.5–30 Hz), and on the 0.5–40 Hz band-passed signal: line
 * length per second, RMS, excess kurtosis (median over channels) and mean absolute
 * inter-channel correlation. Channel means are averaged.
 */
record EegFeatures(
        double delta,
        double theta,
        double alpha,
        double beta,
        double lineLength,
        double rms,
        double kurtosis,
        double correlation) {

    static final double FS = 256;

    static EegFeatures of(float[][] channels, int from, int length) {
        int c = channels.length;
        double[] bands = new double[4];
        double[][] filtered = new double[c][];
        double ll = 0;
        double rms = 0;
        double[] kurt = new double[c];
        for (int ch = 0; ch < c; ch++) {
            double[] rel = relativeBands(channels[ch], from, length);
            for (int b = 0; b < 4; b++) {
                bands[b] += rel[b] / c;
            }
            double[] y = Fft.bandPass(channels[ch], from, length, 0.5, 40, FS);
            filtered[ch] = y;
            double sumAbs = 0;
            double m2 = 0;
            double m4 = 0;
            for (int i = 0; i < y.length; i++) {
                if (i > 0) {
                    sumAbs += Math.abs(y[i] - y[i - 1]);
                }
                m2 += y[i] * y[i];
                m4 += y[i] * y[i] * y[i] * y[i];
            }
            m2 /= y.length;
            m4 /= y.length;
            ll += sumAbs / (length / FS) / c;
            rms += Math.sqrt(m2) / c;
            kurt[ch] = m2 > 0 ? m4 / (m2 * m2) - 3 : 0;
        }
        Arrays.sort(kurt);
        double median = c % 2 == 1 ? kurt[c / 2] : (kurt[c / 2 - 1] + kurt[c / 2]) / 2;
        return new EegFeatures(bands[0], bands[1], bands[2], bands[3], ll, rms, median, meanAbsCorrelation(filtered));
    }

    /** Duration-weighted mean of features of several segments. */
    static EegFeatures mean(List<EegFeatures> features, List<Double> weights) {
        double[] sum = new double[8];
        double total = 0;
        for (int i = 0; i < features.size(); i++) {
            double[] v = features.get(i).values();
            for (int k = 0; k < 8; k++) {
                sum[k] += v[k] * weights.get(i);
            }
            total += weights.get(i);
        }
        for (int k = 0; k < 8; k++) {
            sum[k] /= total;
        }
        return new EegFeatures(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7]);
    }

    double[] values() {
        return new double[] {delta, theta, alpha, beta, lineLength, rms, kurtosis, correlation};
    }

    static final String[] NAMES = {
        "delta power ratio",
        "theta power ratio",
        "alpha power ratio",
        "beta power ratio",
        "line length (µV/s)",
        "RMS (µV)",
        "kurtosis (excess)",
        "mean abs inter-channel r"
    };

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "delta %.3f theta %.3f alpha %.3f beta %.3f LL %.0f rms %.1f kurt %.2f corr %.3f",
                delta,
                theta,
                alpha,
                beta,
                lineLength,
                rms,
                kurtosis,
                correlation);
    }

    private static double[] relativeBands(float[] x, int from, int length) {
        int w = 512;
        double[] power = new double[w / 2 + 1];
        double[] re = new double[w];
        double[] im = new double[w];
        int windows = 0;
        for (int start = 0; start + w <= length; start += w / 2) {
            double mean = 0;
            for (int i = 0; i < w; i++) {
                mean += x[from + start + i];
            }
            mean /= w;
            for (int i = 0; i < w; i++) {
                double hann = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / w);
                re[i] = (x[from + start + i] - mean) * hann;
                im[i] = 0;
            }
            Fft.transform(re, im, false);
            for (int k = 0; k <= w / 2; k++) {
                power[k] += re[k] * re[k] + im[k] * im[k];
            }
            windows++;
        }
        double[] edges = {0.5, 4, 8, 13, 30};
        double[] band = new double[4];
        double total = 0;
        for (int k = 0; k <= w / 2; k++) {
            double f = k * FS / w;
            for (int b = 0; b < 4; b++) {
                if (f >= edges[b] && f < edges[b + 1]) {
                    band[b] += power[k];
                    total += power[k];
                }
            }
        }
        for (int b = 0; b < 4; b++) {
            band[b] = windows == 0 || total == 0 ? 0 : band[b] / total;
        }
        return band;
    }

    private static double meanAbsCorrelation(double[][] y) {
        int c = y.length;
        double[] norm = new double[c];
        for (int i = 0; i < c; i++) {
            double s = 0;
            for (double v : y[i]) {
                s += v * v;
            }
            norm[i] = Math.sqrt(s);
        }
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < c; i++) {
            for (int j = i + 1; j < c; j++) {
                double dot = 0;
                for (int k = 0; k < y[i].length; k++) {
                    dot += y[i][k] * y[j][k];
                }
                if (norm[i] > 0 && norm[j] > 0) {
                    sum += Math.abs(dot / (norm[i] * norm[j]));
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
