package org.seizureforecast.tools.sim;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everything decided about a patient before any sample is made: the hypnogram, the seizures,
 * the preictal/ictal/postictal level of every second, the events (artifacts, spikes,
 * spindles...) and the ground truth. Rendering then only follows the plan, so the plan alone
 * determines the annotations. Immutable after {@link #build}.
 */
final class PatientPlan {
    final PatientParameters patient;
    final LocalDateTime start;
    final int seconds;
    final Hypnogram hypnogram;
    final List<Seizure> seizures;
    final float[] preictal;
    final float[] ictal;
    final float[] postictal;
    final EventPlanner.Events events;

    private PatientPlan(
            PatientParameters p,
            LocalDateTime start,
            int seconds,
            Hypnogram hypnogram,
            List<Seizure> seizures,
            EventPlanner.Events events,
            float[][] levels) {
        this.patient = p;
        this.start = start;
        this.seconds = seconds;
        this.hypnogram = hypnogram;
        this.seizures = List.copyOf(seizures);
        this.events = events;
        this.preictal = levels[0];
        this.ictal = levels[1];
        this.postictal = levels[2];
    }

    static PatientPlan build(PatientParameters p, LocalDateTime start, SimulationOptions o, SplittableRandom r) {
        int seconds = o.seconds();
        Hypnogram hypnogram = new Hypnogram(p, start, seconds, r.split());
        List<Seizure> seizures = SeizurePlanner.plan(p, seconds, o.runSeconds(), o.seizuresPerPatient(), r.split());
        float[][] levels = levels(p, seconds, seizures);
        EventPlanner.Events events = new EventPlanner(
                        p, o.montage(), hypnogram, seizures, levels, SimulationOptions.SAMPLE_RATE)
                .plan(seconds, r.split());
        return new PatientPlan(p, start, seconds, hypnogram, seizures, events, levels);
    }

    /**
     * Preictal ramp (strength × ((t - (onset - P)) / P)², P the patient's preictal minutes), ictal
     * (1 inside a seizure) and postictal (e^{-t/τ} after the end, τ a third of the patient's
     * postictal minutes) level of every second.
     */
    private static float[][] levels(PatientParameters p, int seconds, List<Seizure> seizures) {
        float[] pre = new float[seconds + 1];
        float[] ictal = new float[seconds + 1];
        float[] post = new float[seconds + 1];
        double preSeconds = p.preictalMinutes() * 60;
        double tau = p.postictalMinutes() * 60 / 3;
        for (Seizure s : seizures) {
            for (int t = Math.max(0, (int) (s.onsetSeconds() - preSeconds));
                    t < s.onsetSeconds() && t <= seconds;
                    t++) {
                double u = (t - (s.onsetSeconds() - preSeconds)) / preSeconds;
                pre[t] = (float) Math.max(pre[t], p.preictalStrength() * u * u);
            }
            for (int t = (int) s.onsetSeconds(); t <= Math.min(seconds, s.endSeconds()); t++) {
                ictal[t] = 1;
            }
            for (int t = (int) Math.ceil(s.endSeconds()); t <= Math.min(seconds, s.endSeconds() + 3 * tau); t++) {
                post[t] = (float) Math.max(post[t], StrictMath.exp(-(t - s.endSeconds()) / tau));
            }
        }
        return new float[][] {pre, ictal, post};
    }

    /** The background gains (see {@link Background}) at the start of second {@code t}. */
    void gainsAt(int t, double[] out) {
        int s = Math.max(0, Math.min(seconds, t));
        SleepStage stage = hypnogram.at(s);
        double pre = preictal[s];
        double post = postictal[s];
        double in = ictal[s];
        double alpha = stage.alpha < 0 ? patient.eyesOpenAlphaFraction() : stage.alpha;
        out[Background.BACKGROUND] = stage.background * (1 - 0.4 * post) * (1 - 0.3 * in);
        out[Background.ALPHA] = alpha * (1 - 0.5 * pre) * (1 - post) * (1 - in);
        out[Background.THETA] = stage.theta * (1 + 0.5 * post);
        out[Background.SLOW] = stage.slow + 0.3 * patient.postictalSlowing() * post;
        out[Background.BETA] = stage.asleep() ? 0.5 : 1;
        out[Background.FOCAL] = pre;
        out[Background.SYNC] = pre;
    }
}
