package org.seizureforecast.tools.scoring;

/**
 * Sample-based scoring (timescoring {@code SampleScoring}): both tracks are rebuilt on a grid
 * of {@code fs} Hz from their events, then labels are compared one by one. TP = labels set in
 * both, FP = labels set in the hypothesis only, refTrue = labels set in the reference.
 * Stateless and thread-safe.
 */
public final class SampleScorer {

    /** The label rate SzCORE uses for sample scoring. */
    public static final int DEFAULT_FS = 1;

    private SampleScorer() {}

    /**
     * Scores at {@code fs} Hz.
     *
     * @throws LabelCountMismatchException when the rebuilt grids differ in length
     */
    public static Score score(EventTrack reference, EventTrack hypothesis, int fs) {
        EventTrack ref = reference.resampledTo(fs);
        EventTrack hyp = hypothesis.resampledTo(fs);
        if (ref.numSamples() != hyp.numSamples()) {
            throw new LabelCountMismatchException(ref.numSamples(), hyp.numSamples());
        }
        boolean[] r = ref.mask();
        boolean[] h = hyp.mask();
        long tp = 0;
        long fp = 0;
        long refTrue = 0;
        for (int i = 0; i < r.length; i++) {
            if (r[i]) {
                refTrue++;
                if (h[i]) {
                    tp++;
                }
            } else if (h[i]) {
                fp++;
            }
        }
        return new Score(tp, fp, refTrue, r.length, fs);
    }
}
