package org.seizureforecast.tools.scoring;

/**
 * One event to write into an SzCORE annotation file.
 *
 * @param onsetSeconds seconds from the start of the recording (finite)
 * @param durationSeconds seconds (finite)
 * @param eventType {@code sz}, another seizure code, or {@code bckg}
 * @param confidence in [0, 1], or NaN for {@code n/a}
 * @param channels comma-separated channel labels, {@code all} or {@code n/a}
 */
public record Detection(
        double onsetSeconds, double durationSeconds, String eventType, double confidence, String channels) {

    public Detection(double onsetSeconds, double durationSeconds, String eventType, double confidence) {
        this(onsetSeconds, durationSeconds, eventType, confidence, "n/a");
    }

    public Detection {
        if (!Double.isFinite(onsetSeconds) || !Double.isFinite(durationSeconds)) {
            throw new IllegalArgumentException(
                    "onset and duration must be finite, were " + onsetSeconds + " and " + durationSeconds);
        }
        if (!SeizureCodes.isKnown(eventType)) {
            throw new IllegalArgumentException("unknown eventType '" + eventType + "'");
        }
        if (channels == null
                || channels.isBlank()
                || channels.chars().anyMatch(ch -> ch == '\t' || ch == '\n' || ch == '\r')) {
            throw new IllegalArgumentException("channels must be a non-empty single-line cell, was '" + channels + "'");
        }
        if (!Double.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1] or NaN, was " + confidence);
        }
    }

    /** A generic seizure ({@code sz}) detection. */
    public static Detection seizure(double onsetSeconds, double durationSeconds, double confidence) {
        return new Detection(onsetSeconds, durationSeconds, SeizureCodes.SEIZURE, confidence);
    }
}
