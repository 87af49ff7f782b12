package org.seizureforecast.tools.scoring.forecast;

import java.util.Arrays;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationRow;
import org.seizureforecast.tools.scoring.InvalidAnnotationException;

/**
 * Reads alarm times from an alarms file. The file uses the SzCORE annotation format so that the
 * same reader, checks and tree layout serve detections and forecasts: every seizure-coded row
 * ({@code sz}) is one {@code FORECAST} alarm raised at its {@code onset}; its duration is
 * ignored; {@code bckg} rows and a header-only file mean no alarms. The file's recordingDuration
 * must truncate to the reference's whole seconds, and alarm times must lie inside the recording.
 */
public final class ForecastAlarms {

    private ForecastAlarms() {}

    /** Sorted alarm times in seconds. */
    public static double[] times(AnnotationFile alarms, AnnotationFile reference) {
        if (alarms.isHeaderOnly()) {
            return new double[0];
        }
        int line = alarms.rows().get(0).line();
        if (alarms.labelCount() != reference.labelCount()) {
            throw new InvalidAnnotationException(
                    alarms.source(),
                    line,
                    "recordingDuration "
                            + alarms.recordingDuration() + " s differs from the reference's "
                            + reference.recordingDuration() + " s");
        }
        double duration = reference.recordingDuration();
        double[] times = new double[alarms.seizureRows().size()];
        int i = 0;
        for (AnnotationRow row : alarms.seizureRows()) {
            if (!(row.onset() >= 0 && row.onset() <= duration)) {
                throw new InvalidAnnotationException(
                        alarms.source(),
                        row.line(),
                        "alarm onset " + row.onset() + " s lies outside the recording [0, " + duration + "] s");
            }
            times[i++] = row.onset();
        }
        Arrays.sort(times);
        return times;
    }
}
