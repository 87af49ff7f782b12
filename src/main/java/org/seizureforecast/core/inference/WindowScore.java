package org.seizureforecast.core.inference;

/**
 * What a detector says about one analysis window.
 *
 * @param ictalProbability probability that the window contains seizure activity, in [0, 1]
 * @param preictalRisk probability that the window lies in a preictal period, in [0, 1]
 * @param artifactFraction fraction of the window judged artifact (muscle, pops), in [0, 1]
 * @param explanation why: strongest channels and time spans, per-channel artifact share
 */
public record WindowScore(
        double ictalProbability, double preictalRisk, double artifactFraction, Explanation explanation) {

    public WindowScore {
        checkUnit("ictalProbability", ictalProbability);
        checkUnit("preictalRisk", preictalRisk);
        checkUnit("artifactFraction", artifactFraction);
    }

    private static void checkUnit(String name, double v) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
        }
    }
}
