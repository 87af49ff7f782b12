package org.seizureforecast.tools.scoring.forecast;

/**
 * What forecasting scoring counts for one recording, or pooled over several with
 * {@link #plus(ForecastCounts)}. Metrics are NaN where their denominator is zero.
 *
 * @param seizures reference seizures (maximal runs of 1 s seizure labels)
 * @param predictedSeizures seizures with an alarm in {@code [onset - sph - sop, onset - sph]}
 * @param alarms alarms raised
 * @param falseAlarms alarms raised in interictal time (none of them can predict a seizure)
 * @param interictalSeconds recording time outside every seizure's excluded span
 * @param warningSeconds recording time inside at least one alarm's occurrence period
 * @param recordingSeconds recording length
 */
public record ForecastCounts(
        long seizures,
        long predictedSeizures,
        long alarms,
        long falseAlarms,
        double interictalSeconds,
        double warningSeconds,
        double recordingSeconds) {

    /** The identity of {@link #plus(ForecastCounts)}. */
    public static final ForecastCounts ZERO = new ForecastCounts(0, 0, 0, 0, 0, 0, 0);

    /** Predicted seizures / seizures; NaN without seizures. */
    public double sensitivity() {
        return seizures > 0 ? (double) predictedSeizures / seizures : Double.NaN;
    }

    /** False alarms per hour of interictal time; NaN without interictal time. */
    public double falseAlarmsPerHour() {
        return interictalSeconds > 0 ? falseAlarms / (interictalSeconds / 3600) : Double.NaN;
    }

    /** Fraction of the recording spent in warning, in [0, 1]; NaN for an empty recording. */
    public double timeInWarning() {
        return recordingSeconds > 0 ? warningSeconds / recordingSeconds : Double.NaN;
    }

    /** Sum of the counts and times of both. */
    public ForecastCounts plus(ForecastCounts o) {
        return new ForecastCounts(
                seizures + o.seizures,
                predictedSeizures + o.predictedSeizures,
                alarms + o.alarms,
                falseAlarms + o.falseAlarms,
                interictalSeconds + o.interictalSeconds,
                warningSeconds + o.warningSeconds,
                recordingSeconds + o.recordingSeconds);
    }
}
