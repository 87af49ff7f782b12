package org.seizureforecast.core.inference;

import java.util.Arrays;
import java.util.List;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * One patient's background for the baseline detector: per-channel log line length (slow EMA over
 * non-ictal windows) and the short/long energy averages behind the naive preictal trend.
 * Time constants are in EEG seconds, so the estimate does not depend on the hop.
 */
final class Background {
    final double[] logLineLength;
    private double shortTrend = Double.NaN;
    private double longTrend = Double.NaN;
    private long lastEndMicros = Long.MIN_VALUE;
    private int windowsSeen;

    Background(int channels) {
        logLineLength = new double[channels];
        Arrays.fill(logLineLength, Double.NaN);
    }

    /** Folds a window into the background; returns the naive preictal risk. */
    double observe(
            AnalysisWindow w, WindowFeatures f, List<Integer> usable, boolean quiet, LineLengthDetector.Settings s) {
        double dt = lastEndMicros == Long.MIN_VALUE || w.endMicros() <= lastEndMicros
                ? (w.endMicros() - w.startMicros()) / 1e6
                : Math.min((w.endMicros() - lastEndMicros) / 1e6, (w.endMicros() - w.startMicros()) / 1e6);
        lastEndMicros = w.endMicros();
        if (usable.isEmpty()) {
            return trendRisk(s);
        }
        double mean = 0;
        for (int c : usable) {
            mean += Math.log(f.lineLength[c]);
        }
        mean /= usable.size();
        if (quiet) {
            windowsSeen++;
            // Learn fast while the background is young, then settle to the slow time constant.
            double alpha = Math.max(1 - Math.exp(-dt / s.backgroundSeconds()), 1.0 / (windowsSeen + 1));
            for (int c : usable) {
                double v = Math.log(f.lineLength[c]);
                logLineLength[c] =
                        Double.isNaN(logLineLength[c]) ? v : logLineLength[c] + alpha * (v - logLineLength[c]);
            }
            shortTrend = ema(shortTrend, mean, dt, s.trendShortSeconds());
            longTrend = ema(longTrend, mean, dt, s.trendLongSeconds());
        }
        return trendRisk(s);
    }

    private double trendRisk(LineLengthDetector.Settings s) {
        if (Double.isNaN(shortTrend)) {
            return 0;
        }
        double rise = (shortTrend - longTrend) / Math.log(2);
        return LineLengthDetector.logistic((rise - s.trendCentre()) / s.trendSlope());
    }

    private static double ema(double current, double value, double dt, double tau) {
        return Double.isNaN(current) ? value : current + (1 - Math.exp(-dt / tau)) * (value - current);
    }
}
