package org.seizureforecast.tools.scoring;

/**
 * Why the reference evaluator could not use a hypothesis file and scored an all-zero hypothesis
 * instead ("no detections"). The official tool only prints a line; we report it as a warning.
 *
 * @param stage where the reference gave up
 * @param referenceMessage the exception text the reference prints ({@code Error in ...: <this>})
 * @param explanation a plain-language one-line explanation for our users
 */
public record HypothesisFallback(Stage stage, String referenceMessage, String explanation) {

    /** Where the reference evaluator gave up on the hypothesis. */
    public enum Stage {
        /** Loading raised IndexError: a header-only file, or fewer than 1 s of labels. */
        LOAD_HYPOTHESIS("loadHypothesis"),
        /** Sample scoring raised ValueError: label counts of reference and hypothesis differ. */
        SCORING("scoring");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        /** The name used in the vectors and our JSON: {@code loadHypothesis} or {@code scoring}. */
        public String label() {
            return label;
        }
    }
}
