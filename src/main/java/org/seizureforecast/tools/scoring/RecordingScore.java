package org.seizureforecast.tools.scoring;

/**
 * The official SzCORE scores of one recording.
 *
 * @param recordingDuration the reference's recordingDuration (seconds, first row)
 * @param hypothesisPresent false when there was no hypothesis file
 * @param fallback non-null when the hypothesis was replaced by an empty one
 * @param sample sample-based score (1 Hz labels)
 * @param event event-based score (SzCORE parameters)
 */
public record RecordingScore(
        double recordingDuration,
        boolean hypothesisPresent,
        HypothesisFallback fallback,
        Score sample,
        EventScore event) {}
