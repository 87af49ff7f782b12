package org.seizureforecast.core.scoring;

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
    private final HypothesisSource hypotheses;

    /** Turns the hypothesis file of a recording into annotations (e.g. forecast alarms). */
    @FunctionalInterface
    public interface HypothesisSource {
        /** The file read as annotations; {@code reference} is the matching reference file. */
        AnnotationFile load(Path file, String displayName, AnnotationFile reference);

        /** Reads the file as it is. */
        HypothesisSource AS_IS = (file, name, reference) -> AnnotationReader.read(file, name);
    }

    public DatasetEvaluator(EvaluationListener listener) {
        this(listener, HypothesisSource.AS_IS);
    }

    public DatasetEvaluator(EvaluationListener listener, HypothesisSource hypotheses) {
        this.listener = listener;
        this.hypotheses = hypotheses;
    }

    /** Scores every recording below {@code referenceRoot}. */
    public DatasetScore evaluate(Path referenceRoot, Path hypothesisRoot) {
        Map<String, List<String>> layout = DatasetLayout.discover(referenceRoot);
        if (!Files.isDirectory(hypothesisRoot)) {
            // The reference would score every recording as "no detections"; a typo is likelier.
            throw new InvalidAnnotationException(hypothesisRoot.toString(), 0,
                    "hypothesis root is not a directory");
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
        Path refFile = referenceRoot.resolve(relative);
        AnnotationFile reference = AnnotationReader.read(refFile, refFile.toString());
        Path hypFile = hypothesisRoot.resolve(relative);
        AnnotationFile hypothesis = null;
        if (Files.isDirectory(hypFile)) {
            throw new InvalidAnnotationException(hypFile.toString(), 0,
                    "is a directory, expected a hypothesis TSV");
        }
        if (Files.exists(hypFile)) {
            hypothesis = hypotheses.load(hypFile, hypFile.toString(), reference);
        }
        return RecordingEvaluator.evaluate(reference, hypothesis);
    }
}
