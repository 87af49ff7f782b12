package org.seizureforecast.tools.scoring;

/**
 * Reference and hypothesis have different label counts (their recordingDuration truncates to
 * different whole seconds). The message is the reference library's ValueError text, verbatim.
 */
public final class LabelCountMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int referenceLabels;
    private final int hypothesisLabels;

    public LabelCountMismatchException(int referenceLabels, int hypothesisLabels) {
        super("The number of samples in the reference Annotation (n=" + referenceLabels
                + ") must match the number of samples in the hypotheses Annotation (n="
                + hypothesisLabels + ")");
        this.referenceLabels = referenceLabels;
        this.hypothesisLabels = hypothesisLabels;
    }

    public int referenceLabels() {
        return referenceLabels;
    }

    public int hypothesisLabels() {
        return hypothesisLabels;
    }
}
