package org.seizureforecast.core.monitor;

/** One window of a patient's score history (EEG time of the window's end, epoch µs). */
public record ScorePoint(
        long endMicros,
        double ictal,
        double preictal,
        double smoothedRisk,
        double smoothedIctal,
        double artifactFraction) {}
