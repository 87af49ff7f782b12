package org.seizureforecast.core.pipeline;

import java.util.List;
import org.seizureforecast.core.alarm.AlarmStep;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * The per-window result published on {@code eeg.scores}: EEG times, the detector's probabilities,
 * the alarm engine's smoothed values and the models that produced them.
 *
 * @param smoothedRisk moving average of preictal risk over the patient's forecast span
 * @param smoothedIctal short moving average of ictal probability (what SEIZURE thresholds)
 * @param missingChannels model-montage channels absent from the input (zero-filled)
 */
public record WindowResult(
        String patientId,
        String sessionId,
        long windowIndex,
        long startMicros,
        long endMicros,
        double artifactFraction,
        double preictalRisk,
        double ictalProbability,
        double smoothedRisk,
        double smoothedIctal,
        List<String> missingChannels,
        List<ModelInfo> models) {

    public WindowResult {
        missingChannels = List.copyOf(missingChannels);
        models = List.copyOf(models);
    }

    /** The record of a window scored by {@code models} and stepped through the alarm engine. */
    public static WindowResult of(AnalysisWindow w, WindowScore s, List<ModelInfo> models, AlarmStep step) {
        return new WindowResult(
                w.patientId(),
                w.sessionId(),
                w.index(),
                w.startMicros(),
                w.endMicros(),
                s.artifactFraction(),
                s.preictalRisk(),
                s.ictalProbability(),
                step.smoothedRisk(),
                step.smoothedIctal(),
                w.missingChannels(),
                models);
    }
}
