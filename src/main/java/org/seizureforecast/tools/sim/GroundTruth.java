package org.seizureforecast.tools.sim;

/** Rows of the ground-truth TSVs, in seconds from the patient's recording start. */
final class GroundTruth {
    private GroundTruth() {}

    /**
     * An artifact: {@code kind} is one of blink, eye_movement, emg, electrode_pop, line_noise,
     * disconnected, flat; {@code channels} the EDF channels it shows on (comma-separated).
     */
    record Artifact(double onset, double duration, String kind, String channels, double amplitudeUv) {}

    /** The preictal period of seizure {@code seizureId}: the ramp before its onset, and its strength. */
    record Preictal(double onset, double duration, int seizureId, double seizureOnset, double strength) {}
}
