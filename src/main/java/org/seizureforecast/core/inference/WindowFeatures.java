package org.seizureforecast.core.inference;

import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * Per-channel time-domain features of one window, the inputs of the baseline detector.
 *
 * <p>Line length (sum of absolute first differences per second, µV/s) rises with both amplitude
 * and frequency; for a sinusoid of amplitude A and frequency f it is 4·A·f. Dividing by 4·√2·RMS
 * gives a dominant-frequency proxy in Hz, the analogue of Gotman's half-wave duration test: ictal
 * rhythms sit at 2–15 Hz, muscle (EMG) above 20 Hz.
 */
final class WindowFeatures {
    static final double FREQUENCY_FACTOR = 4 * Math.sqrt(2);

    final double[] lineLength;
    final double[] rms;
    final double[] frequency;
    /** Line length of each whole second, summed over channels (for the time-span explanation). */
    final double[] perSecond;

    private WindowFeatures(int channels, int seconds) {
        lineLength = new double[channels];
        rms = new double[channels];
        frequency = new double[channels];
        perSecond = new double[seconds];
    }

    static WindowFeatures of(AnalysisWindow w, double sampleRate) {
        int n = w.samplesPerChannel();
        int perSec = (int) Math.round(sampleRate);
        int seconds = Math.max(1, n / perSec);
        WindowFeatures f = new WindowFeatures(w.channelCount(), seconds);
        double durationSeconds = n / sampleRate;
        float[] x = w.data();
        for (int c = 0; c < w.channelCount(); c++) {
            int base = c * n;
            double ll = 0;
            double sq = 0;
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += x[base + i];
            }
            mean /= n;
            for (int i = 0; i < n; i++) {
                double v = x[base + i] - mean;
                sq += v * v;
                if (i > 0) {
                    double d = Math.abs(x[base + i] - x[base + i - 1]);
                    ll += d;
                    f.perSecond[Math.min(seconds - 1, i / perSec)] += d;
                }
            }
            f.lineLength[c] = ll / durationSeconds;
            f.rms[c] = Math.sqrt(sq / n);
            f.frequency[c] = f.rms[c] > 1e-6 ? f.lineLength[c] / (FREQUENCY_FACTOR * f.rms[c]) : 0;
        }
        return f;
    }
}
