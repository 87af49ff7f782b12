package org.seizureforecast.adapter.rest;

import org.seizureforecast.core.alarm.AlarmPolicy;

/**
 * A partial change of a patient's settings: absent fields keep their current value. The merged
 * alarm policy is validated by {@link AlarmPolicy}'s constructor and the detector by the service's
 * detector list; a bad value answers 422 naming the field.
 */
public record PolicyUpdate(
        String detector,
        Double forecastThreshold,
        Double forecastSmoothingSeconds,
        Double forecastRefractorySeconds,
        Double forecastMinCoverage,
        Double seizureThreshold,
        Integer seizureSmoothingWindows,
        Integer seizureK,
        Integer seizureN,
        Integer seizureEndWindows,
        Double maxArtifactFraction) {

    AlarmPolicy applyTo(AlarmPolicy p) {
        return new AlarmPolicy(
                or(forecastThreshold, p.forecastThreshold()),
                or(forecastSmoothingSeconds, p.forecastSmoothingSeconds()),
                or(forecastRefractorySeconds, p.forecastRefractorySeconds()),
                or(forecastMinCoverage, p.forecastMinCoverage()),
                or(seizureThreshold, p.seizureThreshold()),
                or(seizureSmoothingWindows, p.seizureSmoothingWindows()),
                or(seizureK, p.seizureK()),
                or(seizureN, p.seizureN()),
                or(seizureEndWindows, p.seizureEndWindows()),
                or(maxArtifactFraction, p.maxArtifactFraction()));
    }

    private static <T> T or(T v, T current) {
        return v != null ? v : current;
    }
}
