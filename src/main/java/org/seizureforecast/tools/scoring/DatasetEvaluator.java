package org.seizureforecast.tools.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a hypothesis tree against a reference tree like szcore-evaluation's
 * {@code evaluate_dataset} with its defaults: {@code sub-*} discovery ({@link DatasetLayout}),
 * each recording scored by {@link RecordingEvaluator} with the hypothesis at the same relative
 * path (missing = no detections), and per-subject pooling of the counts. Hypothesis fallbacks are
 * reported to the {@link EvaluationListener}. Any file the reference would crash on aborts the
 * evaluation with an {@link InvalidAnnotationException} naming it.
 *
 * <p>One instance per evaluation thread (the listener is called synchronously).
 */
public final class DatasetEvaluator {

    private final EvaluationListener listener;
    private final RecordingStrategy strategy;

    /** How one recording is scored from its files; lets forecasting plug in its alarm files. */
    @FunctionalInterface
    public interface RecordingStrategy {
        /**
         * Scores a recording.
         *
         * @param referenceFile the reference TSV
         * @param hypothesisFile the hypothesis file at the same relative path, or null if absent
         */
        RecordingScore score(Path referenceFile, Path hypothesisFile);

        /** The official evaluation: both files read as SzCORE annotations. */
        RecordingStrategy OFFICIAL = (ref, hyp) -> RecordingEvaluator.evaluate(
                AnnotationReader.read(ref), hyp == null ? null : AnnotationReader.read(hyp));
    }

    /** An evaluator with the official per-recording scoring. */
    public DatasetEvaluator(EvaluationListener listener) {
        this(listener, RecordingStrategy.OFFICIAL);
    }

    public DatasetEvaluator(EvaluationListener listener, RecordingStrategy strategy) {
        this.listener = listener;
        this.strategy = strategy;
    }

    /** Scores every recording below {@code referenceRoot}. */
    public DatasetScore evaluate(Path referenceRoot, Path hypothesisRoot) {
        Map<String, List<String>> layout = DatasetLayout.discover(referenceRoot);
        if (!Files.isDirectory(hypothesisRoot)) {
            // The reference would score every recording as "no detections"; a typo is likelier.
            throw new InvalidAnnotationException(hypothesisRoot.toString(), 0, "hypothesis root is not a directory");
        }
        listener.recordingsFound(layout.values().stream().mapToInt(List::size).sum());
        List<RecordingEntry> recordings = new ArrayList<>();
        List<SubjectScore> subjects = new ArrayList<>();
        for (Map.Entry<String, List<String>> subject : layout.entrySet()) {
            Score sample = Score.ZERO;
            Score event = Score.ZERO;
            for (String relative : subject.getValue()) {
                RecordingScore score = evaluate(referenceRoot, hypothesisRoot, relative);
                recordings.add(new RecordingEntry(relative, subject.getKey(), score));
                sample = sample.plus(score.sample());
                event = event.plus(score.event().score());
                if (score.fallback() != null) {
                    listener.hypothesisReplaced(relative, score.fallback());
                }
                listener.recordingScored(recordings.size(), relative);
            }
            subjects.add(new SubjectScore(subject.getKey(), sample, event));
        }
        return new DatasetScore(recordings, subjects);
    }

    private RecordingScore evaluate(Path referenceRoot, Path hypothesisRoot, String relative) {
        Path hypFile = hypothesisRoot.resolve(relative);
        if (Files.isDirectory(hypFile)) {
            throw new InvalidAnnotationException(hypFile.toString(), 0, "is a directory, expected a hypothesis TSV");
        }
        return strategy.score(referenceRoot.resolve(relative), Files.exists(hypFile) ? hypFile : null);
    }
}
