package org.seizureforecast.core.alarm;

/** The two alarm families, each with its own policy. */
public enum AlarmKind {
    /** Smoothed preictal risk crossed its threshold: a seizure may follow within the warning period. */
    FORECAST,
    /** Ictal probability held above threshold in k of n windows: a seizure is happening. */
    SEIZURE
}
