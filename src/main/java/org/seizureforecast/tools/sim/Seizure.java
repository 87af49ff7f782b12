package org.seizureforecast.tools.sim;

/**
 * One planned seizure: where and when it happens and how its discharge evolves.
 *
 * @param id 1-based number within the patient
 * @param onsetSeconds from the start of the patient's recording (multiple of 0.01 s)
 * @param durationSeconds electrographic duration (10–180 s, multiple of 0.01 s)
 * @param focus onset electrode (Fz for generalised seizures, which start everywhere)
 * @param startHz discharge frequency at onset
 * @param endHz discharge frequency at the end (slower)
 * @param peakUv discharge amplitude at the electrode at full development
 * @param spreadSeconds delay for the discharge to reach electrodes one 10-20 step from the focus
 * @param generaliseAt fraction of the duration at which a focal-to-bilateral seizure becomes bilateral (NaN otherwise)
 * @param fastOnset whether it opens with a few seconds of low-voltage fast activity
 * @param tonicEmg whether muscle artifact accompanies it (tonic phase)
 * @param seed seed of the seizure's own noise
 */
public record Seizure(
        int id,
        double onsetSeconds,
        double durationSeconds,
        SeizureKind kind,
        Electrode focus,
        double startHz,
        double endHz,
        double peakUv,
        double spreadSeconds,
        double generaliseAt,
        boolean fastOnset,
        boolean tonicEmg,
        long seed) {

    public double endSeconds() {
        return onsetSeconds + durationSeconds;
    }
}
