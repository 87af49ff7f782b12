package org.seizureforecast.adapter.onnx;

/**
 * How {@link OnnxWindowScorer} uses the models.
 *
 * @param stanModel manifest name of the STAN graph ({@code stan}; {@code stan_paper} for benches)
 * @param maxBatchWindows windows per ORT run; longer lists are scored in chunks of this size.
 *     Buffers are sized for it once (about 0.55 MB per window of batch)
 * @param artifactRemoval run AT-AT before STAN; off feeds the window to STAN untouched and
 *     reports no artifact (AT-AT must earn its place by forecasting metrics, models.md 5.2)
 * @param gateThreshold flag an epoch for the transformer when r &lt; this; NaN = the manifest's
 * @param topChannels channels listed in each explanation
 * @param topSpans time spans listed in each explanation
 */
public record ScorerOptions(
        String stanModel,
        int maxBatchWindows,
        boolean artifactRemoval,
        double gateThreshold,
        int topChannels,
        int topSpans) {

    public static final ScorerOptions DEFAULT = new ScorerOptions("stan", 8, true, Double.NaN, 3, 2);

    public ScorerOptions {
        if (maxBatchWindows < 1 || maxBatchWindows > 256) {
            throw new IllegalArgumentException("maxBatchWindows must be in [1, 256], was " + maxBatchWindows);
        }
        if (!Double.isNaN(gateThreshold) && !(gateThreshold >= -1.0 && gateThreshold <= 1.01)) {
            throw new IllegalArgumentException("gateThreshold must be NaN or in [-1, 1.01], was " + gateThreshold);
        }
        if (topChannels < 0 || topSpans < 0) {
            throw new IllegalArgumentException("topChannels and topSpans must be >= 0");
        }
    }

    public ScorerOptions withStanModel(String name) {
        return new ScorerOptions(name, maxBatchWindows, artifactRemoval, gateThreshold, topChannels, topSpans);
    }

    public ScorerOptions withMaxBatchWindows(int n) {
        return new ScorerOptions(stanModel, n, artifactRemoval, gateThreshold, topChannels, topSpans);
    }

    public ScorerOptions withArtifactRemoval(boolean on) {
        return new ScorerOptions(stanModel, maxBatchWindows, on, gateThreshold, topChannels, topSpans);
    }

    public ScorerOptions withGateThreshold(double threshold) {
        return new ScorerOptions(stanModel, maxBatchWindows, artifactRemoval, threshold, topChannels, topSpans);
    }
}
