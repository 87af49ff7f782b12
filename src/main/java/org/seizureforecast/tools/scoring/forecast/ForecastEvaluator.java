package org.seizureforecast.tools.scoring.forecast;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.DatasetEvaluator;
import org.seizureforecast.tools.scoring.DatasetScore;
import org.seizureforecast.tools.scoring.EvaluationListener;
import org.seizureforecast.tools.scoring.RecordingEntry;
import org.seizureforecast.tools.scoring.RecordingEvaluator;

/**
 * Evaluates a tree of alarms files ({@link ForecastAlarms}) against a reference tree: the same
 * discovery as the SzCORE evaluation; per recording the forecast counts
 * ({@link ForecastScorer}) against the reference's 1 s seizure runs, and the official SzCORE
 * scores of the occurrence periods. A missing alarms file means no alarms. One instance per
 * evaluation.
 */
public final class ForecastEvaluator {

    private final ForecastParameters parameters;
    private final EvaluationListener listener;

    /**
     * The evaluation of one dataset.
     *
     * @param szcore the SzCORE scores of the occurrence periods (official shape)
     * @param recordings forecast counts per recording, by relative path, sorted
     * @param subjects forecast counts pooled per subject, sorted
     * @param total forecast counts pooled over the dataset
     */
    public record Result(
            DatasetScore szcore,
            Map<String, ForecastCounts> recordings,
            Map<String, ForecastCounts> subjects,
            ForecastCounts total) {}

    public ForecastEvaluator(ForecastParameters parameters, EvaluationListener listener) {
        this.parameters = parameters;
        this.listener = listener;
    }

    /** Scores every recording below {@code referenceRoot} against the alarms below {@code alarmsRoot}. */
    public Result evaluate(Path referenceRoot, Path alarmsRoot) {
        Map<Path, ForecastCounts> byFile = new HashMap<>();
        DatasetScore szcore = new DatasetEvaluator(listener, (refFile, alarmsFile) -> {
                    AnnotationFile reference = AnnotationReader.read(refFile);
                    double[] alarms = alarmsFile == null
                            ? new double[0]
                            : ForecastAlarms.times(AnnotationReader.read(alarmsFile), reference);
                    var seizures = RecordingEvaluator.referenceEvents(reference).events();
                    byFile.put(
                            refFile,
                            ForecastScorer.evaluate(alarms, seizures, reference.recordingDuration(), parameters));
                    AnnotationFile periods = alarmsFile == null
                            ? null
                            : ForecastScorer.occurrencePeriodsAsHypothesis(
                                    alarmsFile.toString(), alarms, reference.recordingDuration(), parameters);
                    return RecordingEvaluator.evaluate(reference, periods);
                })
                .evaluate(referenceRoot, alarmsRoot);

        Map<String, ForecastCounts> recordings = new LinkedHashMap<>();
        Map<String, ForecastCounts> subjects = new LinkedHashMap<>();
        ForecastCounts total = ForecastCounts.ZERO;
        for (RecordingEntry entry : szcore.recordings()) {
            ForecastCounts counts = byFile.get(referenceRoot.resolve(entry.relativePath()));
            recordings.put(entry.relativePath(), counts);
            subjects.merge(entry.subject(), counts, ForecastCounts::plus);
            total = total.plus(counts);
        }
        return new Result(szcore, recordings, subjects, total);
    }
}
