package org.seizureforecast.core.pipeline;

/**
 * Where one batch spent its time, on the processor's ticker (nanoseconds): assembling windows
 * from frames, scoring them, applying the alarm policy.
 */
public record StageTimings(long assemblyNanos, long inferenceNanos, long alarmNanos) {
    public static final StageTimings NONE = new StageTimings(0, 0, 0);
}
