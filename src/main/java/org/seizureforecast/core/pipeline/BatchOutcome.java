package org.seizureforecast.core.pipeline;

import java.util.List;
import org.seizureforecast.core.alarm.Alarm;

/**
 * What one processed batch produced, each list in processing order (per patient: time order).
 *
 * @param inferenceNanos time spent in the scorer for the whole batch (for the stage histogram)
 * @param windowsIn windows assembled from the batch (scored or not)
 * @param windows the scored windows behind {@code results}, index for index (for the EEG history)
 */
public record BatchOutcome<T>(
        List<WindowResult> results,
        List<Alarm> alarms,
        List<Rejected<T>> rejected,
        int accepted,
        int windowsIn,
        long assemblyNanos,
        long inferenceNanos,
        long alarmNanos,
        long[] windowArrivalNanos,
        List<ScoredWindow> windows) {}
