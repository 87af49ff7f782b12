package org.seizureforecast.core.alarm;

import java.util.ArrayDeque;

/**
 * FORECAST logic of one patient: a moving average of preictal risk over the last {@code
 * forecastSmoothingSeconds} of EEG time, firing when it crosses the threshold upwards, at most
 * once per refractory period. The average re-arms only after falling below the threshold, so a
 * patient whose risk stays high gets one alarm, not one per refractory period.
 *
 * <p>Time-based, not count-based: after a gap the old windows age out by their timestamps.
 * Single-threaded (owned by the patient's alarm state).
 */
final class ForecastTracker {
    private record Entry(long endMicros, double risk, long coveredMicros) {}

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private double sum;
    private long covered;
    private long previousEndMicros = Long.MIN_VALUE;
    private long lastAlarmMicros = Long.MIN_VALUE;
    private boolean armed = true;
    private double smoothed = Double.NaN;

    /** Adds one window's risk; returns true when a FORECAST alarm fires at this window. */
    boolean update(long startMicros, long endMicros, double risk, AlarmPolicy policy) {
        long spanMicros = (long) (policy.forecastSmoothingSeconds() * 1e6);
        long fresh = previousEndMicros == Long.MIN_VALUE || previousEndMicros < startMicros
                ? endMicros - startMicros
                : endMicros - previousEndMicros;
        previousEndMicros = endMicros;
        entries.addLast(new Entry(endMicros, risk, Math.max(0, fresh)));
        sum += risk;
        covered += Math.max(0, fresh);
        while (!entries.isEmpty() && entries.peekFirst().endMicros() <= endMicros - spanMicros) {
            Entry old = entries.removeFirst();
            sum -= old.risk();
            covered -= old.coveredMicros();
        }
        smoothed = sum / entries.size();
        boolean eligible = covered >= policy.forecastMinCoverage() * spanMicros;
        if (!eligible || smoothed < policy.forecastThreshold()) {
            armed = true;
            return false;
        }
        long refractory = (long) (policy.forecastRefractorySeconds() * 1e6);
        boolean refractoryOver = lastAlarmMicros == Long.MIN_VALUE || endMicros - lastAlarmMicros >= refractory;
        if (armed && refractoryOver) {
            armed = false;
            lastAlarmMicros = endMicros;
            return true;
        }
        return false;
    }

    double smoothed() {
        return smoothed;
    }
}
