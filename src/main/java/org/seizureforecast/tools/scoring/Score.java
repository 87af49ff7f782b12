package org.seizureforecast.tools.scoring;

/**
 * The counts a scorer produces and the metrics derived from them, with the reference's rules
 * for zero denominators ({@code _Scoring.computeScores}). Undefined ratios are NaN. Counts of
 * several recordings add up with {@link #plus(Score)}, which is how szcore-evaluation pools a
 * subject.
 *
 * @param tp true positives (labels for sample scoring, reference events for event scoring)
 * @param fp false positives (labels, or hypothesis events)
 * @param refTrue reference positives (labels, or reference events after merge and split)
 * @param numSamples number of labels scored
 * @param fs label rate in Hz (1 for sample scoring, 10 for event scoring)
 */
public record Score(long tp, long fp, long refTrue, long numSamples, int fs) {

    /** The identity of {@link #plus(Score)}. */
    public static final Score ZERO = new Score(0, 0, 0, 0, 0);

    /** False negatives, {@code refTrue - tp}; the reference never stores it. */
    public long fn() {
        return refTrue - tp;
    }

    /** {@code tp / refTrue}, NaN without reference positives. */
    public double sensitivity() {
        return refTrue > 0 ? (double) tp / refTrue : Double.NaN;
    }

    /** {@code tp / (tp + fp)}, NaN without any positive. */
    public double precision() {
        return tp + fp > 0 ? (double) tp / (tp + fp) : Double.NaN;
    }

    /** F1 of the given timescoring version. */
    public double f1(F1Version version) {
        return version == F1Version.V0_0_7 ? f1() : f1V006();
    }

    /** F1 of timescoring v0.0.7: {@code 2tp / (2tp + fp + fn)}, NaN iff refTrue + fp = 0. */
    public double f1() {
        long denominator = 2 * tp + fp + fn();
        return refTrue + fp > 0 ? (double) (2 * tp) / denominator : Double.NaN;
    }

    /** F1 of timescoring v0.0.6: {@code 2SP/(S+P)}, NaN if S or P is NaN, 0 if S + P = 0. */
    public double f1V006() {
        double s = sensitivity();
        double p = precision();
        if (Double.isNaN(s) || Double.isNaN(p)) {
            return Double.NaN;
        }
        return s + p == 0 ? 0 : 2 * s * p / (s + p);
    }

    /**
     * False positives per 24 h, {@code fp / (numSamples / fs / 3600 / 24)} in the reference's
     * operation order (it matters in the last bits).
     */
    public double fpRate() {
        return fp / ((double) numSamples / fs / 3600 / 24);
    }

    /** Counts of both; the label rate of {@code other} (as the reference's {@code Result}). */
    public Score plus(Score other) {
        return new Score(
                tp + other.tp, fp + other.fp, refTrue + other.refTrue, numSamples + other.numSamples, other.fs);
    }
}
