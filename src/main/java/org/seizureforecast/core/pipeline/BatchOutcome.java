package org.seizureforecast.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.core.alarm.Alarm;

/**
 * What one processed batch produced: the scored windows in processing order (per patient: time
 * order), each carrying its own alarms, and the inputs refused.
 *
 * @param accepted inputs accepted (valid frames, whether or not they completed a window)
 * @param windowsIn windows assembled from the batch (scored or not)
 * @param timings time spent per stage, for the stage histogram
 */
public record BatchOutcome<T>(
        List<ScoredWindow> windows, List<Rejected<T>> rejected, int accepted, int windowsIn, StageTimings timings) {

    public BatchOutcome {
        windows = List.copyOf(windows);
        rejected = List.copyOf(rejected);
    }

    /** The published per-window records, in window order. */
    public List<WindowResult> results() {
        List<WindowResult> out = new ArrayList<>(windows.size());
        for (ScoredWindow w : windows) {
            out.add(w.result());
        }
        return out;
    }

    /** Every alarm event of the batch, in the order the windows emitted them. */
    public List<Alarm> alarms() {
        List<Alarm> out = new ArrayList<>();
        for (ScoredWindow w : windows) {
            out.addAll(w.alarms());
        }
        return out;
    }
}
