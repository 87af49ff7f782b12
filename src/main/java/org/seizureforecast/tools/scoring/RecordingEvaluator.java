package org.seizureforecast.tools.scoring;

/**
 * Scores one recording as szcore-evaluation's {@code evaluate_dataset} does with its defaults
 * (duration tolerance 0): both files are quantised to 1 s labels ({@link LabelQuantiser}),
 * then sample-scored at 1 Hz and event-scored with the SzCORE parameters.
 *
 * <p>Hypothesis handling, as the reference: no file scores as no detections; a header-only
 * file or one whose recordingDuration truncates to 0 s is replaced by an empty hypothesis
 * (stage {@code loadHypothesis}); a label count differing from the reference's, even by 1 s,
 * also scores as empty (stage {@code scoring}). A reference must have a row and at least 1 s of
 * labels; otherwise the reference crashes and we throw {@link InvalidAnnotationException}.
 * Stateless and thread-safe.
 */
public final class RecordingEvaluator {

    private RecordingEvaluator() {}

    /**
     * Scores a recording.
     *
     * @param reference the ground truth
     * @param hypothesis the detections, or null when there is no hypothesis file
     */
    public static RecordingScore evaluate(AnnotationFile reference, AnnotationFile hypothesis) {
        EventTrack ref = referenceEvents(reference);
        EventTrack hyp = EventTrack.empty(ref.numSamples(), 1);
        HypothesisFallback fallback = null;
        if (hypothesis != null) {
            fallback = loadProblem(hypothesis);
            if (fallback == null && hypothesis.labelCount() != ref.numSamples()) {
                fallback = mismatch(reference, hypothesis, ref.numSamples());
            }
            if (fallback == null) {
                hyp = LabelQuantiser.oneSecondEvents(hypothesis);
            }
        }
        Score sample = SampleScorer.score(ref, hyp, SampleScorer.DEFAULT_FS);
        EventScore event = EventScorer.SZCORE.score(ref, hyp);
        return new RecordingScore(reference.recordingDuration(), hypothesis != null, fallback, sample, event);
    }

    /** The reference's 1 s events; rejects what the reference evaluator crashes on. */
    public static EventTrack referenceEvents(AnnotationFile reference) {
        if (reference.isHeaderOnly()) {
            throw new InvalidAnnotationException(
                    reference.source(),
                    0,
                    "reference has no data rows"
                            + " (header only); a seizure-free recording needs one bckg row with its"
                            + " recordingDuration");
        }
        if (reference.labelCount() < 1) {
            throw new InvalidAnnotationException(
                    reference.source(),
                    reference.rows().get(0).line(),
                    "reference recordingDuration " + reference.recordingDuration()
                            + " s is shorter than one 1 s label");
        }
        return LabelQuantiser.oneSecondEvents(reference);
    }

    private static HypothesisFallback loadProblem(AnnotationFile hypothesis) {
        if (hypothesis.isHeaderOnly()) {
            return new HypothesisFallback(
                    HypothesisFallback.Stage.LOAD_HYPOTHESIS,
                    "list index out of range",
                    hypothesis.source() + ": header only, no rows;"
                            + " scored as no detections (write one bckg row instead)");
        }
        if (hypothesis.labelCount() == 0) {
            return new HypothesisFallback(
                    HypothesisFallback.Stage.LOAD_HYPOTHESIS,
                    "index 0 is out of bounds for axis 0 with size 0",
                    hypothesis.source()
                            + ": recordingDuration " + hypothesis.recordingDuration()
                            + " s gives no 1 s label; scored as no detections");
        }
        return null;
    }

    private static HypothesisFallback mismatch(
            AnnotationFile reference, AnnotationFile hypothesis, int referenceLabels) {
        String message = new LabelCountMismatchException(referenceLabels, hypothesis.labelCount()).getMessage();
        return new HypothesisFallback(
                HypothesisFallback.Stage.SCORING,
                message,
                hypothesis.source()
                        + ": recordingDuration " + hypothesis.recordingDuration() + " s differs from the"
                        + " reference's " + reference.recordingDuration() + " s (" + hypothesis.labelCount()
                        + " vs " + referenceLabels + " whole seconds); scored as no detections, as the"
                        + " official evaluator does");
    }
}
