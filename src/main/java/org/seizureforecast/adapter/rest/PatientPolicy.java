package org.seizureforecast.adapter.rest;

import org.seizureforecast.core.alarm.AlarmPolicy;

/**
 * A patient's settings as REST shows them: the detector that scores the patient ({@code baseline}
 * or {@code onnx}) and the alarm policy's fields, flat (docs/alarms.md explains each).
 */
public record PatientPolicy(
        String detector,
        double forecastThreshold,
        double forecastSmoothingSeconds,
        double forecastRefractorySeconds,
        double forecastMinCoverage,
        double seizureThreshold,
        int seizureSmoothingWindows,
        int seizureK,
        int seizureN,
        int seizureEndWindows,
        double maxArtifactFraction) {

    static PatientPolicy of(String detector, AlarmPolicy p) {
        return new PatientPolicy(
                detector,
                p.forecastThreshold(),
                p.forecastSmoothingSeconds(),
                p.forecastRefractorySeconds(),
                p.forecastMinCoverage(),
                p.seizureThreshold(),
                p.seizureSmoothingWindows(),
                p.seizureK(),
                p.seizureN(),
                p.seizureEndWindows(),
                p.maxArtifactFraction());
    }
}
