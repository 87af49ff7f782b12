package org.seizureforecast.tools.sim;

import java.time.LocalTime;
import java.util.SplittableRandom;

/**
 * Everything that makes one simulated patient different from another, drawn once per patient
 * from the ranges documented in {@code docs/simulator.md} (the table there lists each range
 * and the literature it follows). Amplitudes are microvolts at the electrode (before the
 * bipolar derivation), rates are per minute/hour/day as named. Immutable.
 */
public record PatientParameters(
        String id,
        int ageYears,
        String sex,
        // background
        double backgroundUv,
        double spectralExponent,
        double kneeHz,
        double spatialLength,
        double amplitudeModulation,
        double fieldUv,
        double pdrHz,
        double pdrUv,
        double eyesOpenAlphaFraction,
        double eyesClosedFraction,
        double thetaUv,
        double betaUv,
        // sleep
        LocalTime bedtime,
        LocalTime wakeTime,
        double sleepCycleMinutes,
        double spindleHz,
        double spindlesPerMinute,
        double spindleUv,
        double slowWaveUv,
        // artifacts
        int lineHz,
        double lineUv,
        double blinksPerMinute,
        double blinkUv,
        double saccadesPerMinute,
        double saccadeUv,
        double emgBurstsPerHour,
        double emgUv,
        double popsPerHour,
        Electrode badElectrode,
        double disconnectionsPerDay,
        double flatChannelsPerDay,
        // seizures
        double seizuresPerDay,
        SeizureKind seizureKind,
        Electrode focus,
        double secondaryGeneralisation,
        double medianSeizureSeconds,
        double ictalStartHz,
        double ictalEndHz,
        double ictalGain,
        double spreadSeconds,
        double postictalMinutes,
        double postictalSlowing,
        // preictal
        double preictalStrength,
        double preictalMinutes,
        double spikesPerMinute,
        double spikeUv) {

    /** Foci of focal seizures, temporal ones listed twice: temporal lobe epilepsy is the most common focal epilepsy. */
    private static final Electrode[] FOCI = {
        Electrode.T7,
        Electrode.T8,
        Electrode.T7,
        Electrode.T8,
        Electrode.F7,
        Electrode.F8,
        Electrode.F3,
        Electrode.F4,
        Electrode.C3,
        Electrode.C4,
        Electrode.P7,
        Electrode.P8,
        Electrode.FZ,
    };

    /**
     * Draws a patient. {@code preictalOverride} (NaN for none) fixes the preictal strength.
     */
    public static PatientParameters draw(String id, SplittableRandom r, double preictalOverride) {
        int age = 3 + r.nextInt(38);
        // posterior dominant rhythm: ~8 Hz at age 3, adult 9.5-11 Hz by ~15 years
        double pdr = Math.min(8 + 0.2 * (age - 3), 10.5) + r.nextDouble(-0.5, 0.5);
        SeizureKind kind = r.nextDouble() < 0.7 ? SeizureKind.FOCAL : SeizureKind.GENERALISED;
        double preictal =
                !Double.isNaN(preictalOverride) ? preictalOverride : r.nextDouble() < 0.3 ? 0 : r.nextDouble(0.2, 1.0);
        return new PatientParameters(
                id,
                age,
                r.nextBoolean() ? "F" : "M",
                r.nextDouble(32, 55),
                r.nextDouble(1.3, 1.9),
                r.nextDouble(25, 45),
                r.nextDouble(1.5, 3.0),
                r.nextDouble(0.2, 0.4),
                r.nextDouble(30, 60),
                pdr,
                r.nextDouble(12, 35),
                r.nextDouble(0.15, 0.5),
                r.nextDouble(0.05, 0.35),
                r.nextDouble(4, 12),
                r.nextDouble(1, 4),
                LocalTime.of(21, 0).plusMinutes(r.nextInt(150)),
                LocalTime.of(6, 0).plusMinutes(r.nextInt(120)),
                r.nextDouble(80, 110),
                r.nextDouble(11.5, 14.5),
                r.nextDouble(2, 7),
                r.nextDouble(15, 40),
                r.nextDouble(40, 90),
                r.nextBoolean() ? 50 : 60,
                r.nextDouble() < 0.3 ? 0 : r.nextDouble(0.5, 6),
                r.nextDouble(6, 25),
                r.nextDouble(80, 250),
                r.nextDouble(2, 10),
                r.nextDouble(40, 120),
                r.nextDouble(5, 60),
                r.nextDouble(8, 40),
                r.nextDouble(0, 6),
                Electrode.values()[r.nextInt(Electrode.COUNT)],
                r.nextDouble(0, 3),
                r.nextDouble(0, 2),
                StrictMath.exp(r.nextDouble(StrictMath.log(1), StrictMath.log(8))),
                kind,
                kind == SeizureKind.GENERALISED ? Electrode.FZ : FOCI[r.nextInt(FOCI.length)],
                kind == SeizureKind.GENERALISED ? 0 : r.nextDouble(0, 0.5),
                r.nextDouble(25, 90),
                r.nextDouble(4, 7),
                r.nextDouble(1.5, 2.8),
                r.nextDouble(4, 8),
                r.nextDouble(1.5, 6),
                r.nextDouble(2, 15),
                r.nextDouble(1.5, 3),
                preictal,
                r.nextDouble(30, 60),
                r.nextDouble(0, 2),
                r.nextDouble(60, 150));
    }
}
