package org.seizureforecast.tools.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places a patient's seizures: the count from the patient's daily rate (Poisson) unless fixed,
 * durations log-normal around the patient's median (clipped to 10–180 s), onsets uniform over
 * the recording but at least {@code min(1 h, length / (2 (n + 1)))} apart and never across an
 * EDF file (run) boundary, so each seizure is annotated whole in one file.
 */
final class SeizurePlanner {
    private static final double EDGE = 30;

    private SeizurePlanner() {}

    static List<Seizure> plan(PatientParameters p, int seconds, int runSeconds, int forced, SplittableRandom r) {
        int count = forced >= 0 ? forced : poisson(r, p.seizuresPerDay() * seconds / 86_400.0);
        double minGap = Math.min(3600, seconds / (count + 1.0) / 2);
        List<double[]> placed = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            for (int attempt = 0; attempt < 5000; attempt++) {
                double duration = round2(Math.max(
                        10, Math.min(180, p.medianSeizureSeconds() * StrictMath.exp(0.5 * r.nextGaussian()))));
                duration = Math.min(duration, Math.max(10, runSeconds - 2 * EDGE));
                double latest = seconds - duration - EDGE;
                if (latest <= EDGE) {
                    break;
                }
                double onset = round2(r.nextDouble(EDGE, latest));
                if (fitsInOneRun(onset, duration, runSeconds) && apart(placed, onset, duration, minGap)) {
                    placed.add(new double[] {onset, duration});
                    break;
                }
            }
        }
        placed.sort(Comparator.comparingDouble(a -> a[0]));
        List<Seizure> seizures = new ArrayList<>();
        for (double[] sd : placed) {
            seizures.add(seizure(p, seizures.size() + 1, sd[0], sd[1], r));
        }
        return seizures;
    }

    private static Seizure seizure(PatientParameters p, int id, double onset, double duration, SplittableRandom r) {
        SeizureKind kind = p.seizureKind();
        if (kind == SeizureKind.FOCAL && r.nextDouble() < p.secondaryGeneralisation()) {
            kind = SeizureKind.FOCAL_TO_BILATERAL;
        }
        boolean generalised = kind == SeizureKind.GENERALISED;
        double startHz = generalised ? r.nextDouble(3, 4) : p.ictalStartHz() + r.nextDouble(-0.5, 0.5);
        double endHz = generalised ? r.nextDouble(2, 3) : p.ictalEndHz() + r.nextDouble(-0.3, 0.3);
        return new Seizure(
                id,
                onset,
                duration,
                kind,
                p.focus(),
                startHz,
                Math.min(endHz, startHz),
                p.ictalGain() * p.backgroundUv() * r.nextDouble(0.8, 1.2),
                p.spreadSeconds() * r.nextDouble(0.7, 1.3),
                kind == SeizureKind.FOCAL_TO_BILATERAL ? r.nextDouble(0.3, 0.6) : Double.NaN,
                !generalised && r.nextDouble() < 0.4,
                r.nextDouble() < (kind == SeizureKind.FOCAL ? 0.35 : 0.7),
                r.nextLong());
    }

    private static boolean fitsInOneRun(double onset, double duration, int runSeconds) {
        long run = (long) (onset / runSeconds);
        double runStart = run * (double) runSeconds;
        return onset - runStart >= 5 && onset + duration + 5 <= runStart + runSeconds;
    }

    private static boolean apart(List<double[]> placed, double onset, double duration, double minGap) {
        for (double[] other : placed) {
            if (onset < other[0] + other[1] + minGap && other[0] < onset + duration + minGap) {
                return false;
            }
        }
        return true;
    }

    static int poisson(SplittableRandom r, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * r.nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = r.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= r.nextDouble();
            k++;
        }
        return k;
    }

    static double round2(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
