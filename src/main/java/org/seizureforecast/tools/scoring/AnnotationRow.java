package org.seizureforecast.tools.scoring;

/**
 * One data row of an SzCORE annotation TSV, as read. Numeric cells hold {@link Double#NaN} where
 * the file says {@code n/a}, {@code NA}, an empty cell or another pandas missing-value token.
 * The free-text columns are kept verbatim; none of them affects scoring.
 *
 * @param line 1-based line number in the file (the header is line 1)
 * @param onset seconds from the start of the recording
 * @param duration seconds
 * @param eventType {@code bckg} or one of {@link SeizureCodes#seizureCodes()}
 * @param confidence raw text of the confidence cell
 * @param channels raw text of the channels cell
 * @param dateTime raw text of the dateTime cell
 * @param recordingDuration seconds; only the first row's value is used
 */
public record AnnotationRow(
        int line,
        double onset,
        double duration,
        String eventType,
        String confidence,
        String channels,
        String dateTime,
        double recordingDuration) {

    /** True when the row is a seizure (any code except {@code bckg}). */
    public boolean isSeizure() {
        return SeizureCodes.isSeizure(eventType);
    }

    /** {@code onset + duration}, computed in double like the reference. */
    public double end() {
        return onset + duration;
    }
}
