package org.seizureforecast.tools.sim;

import java.util.Objects;

/**
 * What to simulate.
 *
 * @param patients number of patients (sub-01...)
 * @param hours recording length per patient
 * @param seed master seed; the same seed gives a byte-identical dataset
 * @param runHours length of one EDF file (run); the last run of a patient may be shorter
 * @param montage channels written to the EDF files
 * @param seizuresPerPatient exact seizure count per patient, or -1 to draw it from the patient's rate
 * @param preictalStrength fixes every patient's preictal strength (0..1), or NaN to draw it
 * @param threads patients simulated in parallel (output does not depend on it)
 */
public record SimulationOptions(
        int patients,
        double hours,
        long seed,
        double runHours,
        Montage montage,
        int seizuresPerPatient,
        double preictalStrength,
        int threads) {

    public static final double SAMPLE_RATE = 256;

    public SimulationOptions {
        require(patients >= 1 && patients <= 99, "patients must be 1..99, was " + patients);
        require(hours > 0 && hours <= 24 * 14, "hours must be in (0, 336], was " + hours);
        require(runHours > 0 && runHours <= 24, "run hours must be in (0, 24], was " + runHours);
        require(
                seizuresPerPatient >= -1 && seizuresPerPatient <= 200,
                "seizures must be -1..200, was " + seizuresPerPatient);
        require(
                Double.isNaN(preictalStrength) || (preictalStrength >= 0 && preictalStrength <= 1),
                "preictal strength must be in [0, 1], was " + preictalStrength);
        require(threads >= 1, "threads must be >= 1, was " + threads);
        Objects.requireNonNull(montage, "montage");
    }

    public static SimulationOptions defaults(int patients, double hours, long seed) {
        return new SimulationOptions(patients, hours, seed, 1, Montage.BIPOLAR, -1, Double.NaN, 1);
    }

    /** Whole seconds per patient (the recording is cut to whole 1-s EDF records). */
    public int seconds() {
        return (int) Math.round(hours * 3600);
    }

    public int runSeconds() {
        return (int) Math.max(1, Math.round(runHours * 3600));
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
