package org.seizureforecast.tools.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws the transient events of a patient second by second, as Poisson processes whose rates
 * follow the vigilance state and the preictal/ictal/postictal levels, and records every
 * artifact as a ground-truth row naming the EDF channels it shows on.
 */
final class EventPlanner {
    /** The plan's events, sorted by start, and the ground truth. */
    record Events(
            List<SourceEvent> additive,
            List<Disconnection> disconnections,
            List<FlatChannel> flats,
            List<GroundTruth.Artifact> artifacts) {}

    /** A bipolar/average channel recorded as a flat line over {@code [start, end)} samples. */
    record FlatChannel(int channel, long start, long end) {}

    private final PatientParameters p;
    private final Montage montage;
    private final Hypnogram hypnogram;
    private final List<Seizure> seizures;
    private final float[] preictal;
    private final float[] ictal;
    private final float[] postictal;
    private final double fs;
    private final List<SourceEvent> additive = new ArrayList<>();
    private final List<GroundTruth.Artifact> artifacts = new ArrayList<>();

    EventPlanner(
            PatientParameters p,
            Montage montage,
            Hypnogram hypnogram,
            List<Seizure> seizures,
            float[][] levels,
            double fs) {
        this.p = p;
        this.montage = montage;
        this.hypnogram = hypnogram;
        this.seizures = seizures;
        this.preictal = levels[0];
        this.ictal = levels[1];
        this.postictal = levels[2];
        this.fs = fs;
    }

    Events plan(int seconds, SplittableRandom r) {
        for (int t = 0; t < seconds; t++) {
            planSecond(t, r);
        }
        for (Seizure s : seizures) {
            additive.add(new SeizureDischarge(s, fs));
            if (s.tonicEmg()) {
                double onset = s.onsetSeconds() + s.durationSeconds() * r.nextDouble(0.1, 0.3);
                double duration = s.durationSeconds() * r.nextDouble(0.3, 0.5);
                addEmg(onset, duration, r.nextDouble(30, 80), 0, r.nextLong());
            }
        }
        List<Disconnection> disconnections = disconnections(seconds, r);
        List<FlatChannel> flats = flats(seconds, r);
        if (p.lineUv() > 0) {
            artifacts.add(new GroundTruth.Artifact(0, seconds, "line_noise", "all", p.lineUv()));
        }
        additive.sort(Comparator.comparingLong(SourceEvent::start));
        artifacts.sort(Comparator.comparingDouble(GroundTruth.Artifact::onset));
        return new Events(List.copyOf(additive), disconnections, flats, List.copyOf(artifacts));
    }

    private void planSecond(int t, SplittableRandom r) {
        SleepStage stage = hypnogram.at(t);
        double notIctal = 1 - ictal[t];
        repeat(r, p.blinksPerMinute() / 60 * stage.blinks * notIctal, () -> blink(t, r));
        repeat(r, p.saccadesPerMinute() / 60 * stage.saccades * notIctal, () -> saccade(t, r));
        repeat(r, p.emgBurstsPerHour() / 3600 * stage.emg * (1 - 0.7 * postictal[t]), () -> emg(t, r));
        repeat(r, p.popsPerHour() / 3600, () -> pop(t, r));
        double spikeRate = (p.spikesPerMinute() * (1 + 4 * preictal[t]) + 8 * preictal[t]) / 60 * notIctal;
        repeat(r, spikeRate, () -> spike(t, r));
        repeat(r, p.spindlesPerMinute() / 60 * stage.spindles, () -> spindle(t, r));
        repeat(r, stage == SleepStage.N2 ? 1.5 / 60 : 0, () -> kComplex(t, r));
    }

    private void blink(int t, SplittableRandom r) {
        double onset = t + r.nextDouble();
        double duration = r.nextDouble(0.25, 0.45);
        double[] w = new double[Electrode.COUNT];
        for (Electrode e : Electrode.values()) {
            double f = e.frontal();
            w[e.ordinal()] = e == Electrode.FP1 || e == Electrode.FP2 ? 1 : f * f * f * f;
        }
        double amplitude = p.blinkUv() * r.nextDouble(0.7, 1.3);
        add(onset, duration, amplitude, w, (s, u) -> Waveforms.blink(u));
        artifact(onset, duration, "blink", w, amplitude);
    }

    private void saccade(int t, SplittableRandom r) {
        double onset = t + r.nextDouble();
        double duration = r.nextDouble(0.3, 1.5);
        double edge = 0.04 / duration;
        double direction = r.nextBoolean() ? 1 : -1;
        double[] w = new double[Electrode.COUNT];
        w[Electrode.F7.ordinal()] = direction;
        w[Electrode.FP1.ordinal()] = 0.5 * direction;
        w[Electrode.F3.ordinal()] = 0.2 * direction;
        w[Electrode.T7.ordinal()] = 0.25 * direction;
        w[Electrode.F8.ordinal()] = -direction;
        w[Electrode.FP2.ordinal()] = -0.5 * direction;
        w[Electrode.F4.ordinal()] = -0.2 * direction;
        w[Electrode.T8.ordinal()] = -0.25 * direction;
        double amplitude = p.saccadeUv() * r.nextDouble(0.6, 1.4);
        add(onset, duration, amplitude, w, (s, u) -> Waveforms.trapezoid(u, Math.min(0.5, edge)));
        artifact(onset, duration, "eye_movement", w, amplitude);
    }

    private void emg(int t, SplittableRandom r) {
        double duration = Math.max(0.3, Math.min(15, StrictMath.exp(r.nextGaussian() * 0.8 + StrictMath.log(2))));
        int side = r.nextInt(3) - 1;
        addEmg(t + r.nextDouble(), duration, p.emgUv() * StrictMath.exp(0.4 * r.nextGaussian()), side, r.nextLong());
    }

    private void addEmg(double onset, double duration, double amplitude, int side, long seed) {
        double[] w = EmgBurst.weights(side);
        additive.add(new EmgBurst(sample(onset), (int) Math.round(duration * fs), amplitude, w, seed, fs));
        artifact(onset, duration, "emg", w, amplitude);
    }

    private void pop(int t, SplittableRandom r) {
        Electrode e = r.nextDouble() < 0.7 ? p.badElectrode() : Electrode.values()[r.nextInt(Electrode.COUNT)];
        double tau = r.nextDouble(0.05, 0.5);
        double onset = t + r.nextDouble();
        double[] w = new double[Electrode.COUNT];
        w[e.ordinal()] = 1;
        double amplitude = (r.nextBoolean() ? 1 : -1) * r.nextDouble(100, 400);
        add(onset, 6 * tau, amplitude, w, (s, u) -> StrictMath.exp(-s / tau));
        artifact(onset, 6 * tau, "electrode_pop", w, Math.abs(amplitude));
    }

    private void spike(int t, SplittableRandom r) {
        double[] w = new double[Electrode.COUNT];
        for (Electrode e : Electrode.values()) {
            w[e.ordinal()] =
                    p.seizureKind() == SeizureKind.GENERALISED ? 0.6 + 0.4 * e.frontal() : e.near(p.focus(), 0.45);
        }
        add(
                t + r.nextDouble(),
                0.35,
                p.spikeUv() * r.nextDouble(0.7, 1.3),
                w,
                (s, u) -> s < 0.07 ? -Waveforms.hann(s / 0.07) : 0.35 * Waveforms.hann((s - 0.07) / 0.28));
    }

    private void spindle(int t, SplittableRandom r) {
        double[] w = new double[Electrode.COUNT];
        for (Electrode e : Electrode.values()) {
            w[e.ordinal()] = e.near(Electrode.CZ, 0.9);
        }
        double hz = p.spindleHz() + r.nextDouble(-0.5, 0.5);
        double phase = r.nextDouble(0, 2 * Math.PI);
        add(
                t + r.nextDouble(),
                r.nextDouble(0.5, 2.0),
                p.spindleUv() * r.nextDouble(0.7, 1.3),
                w,
                (s, u) -> Waveforms.hann(u) * StrictMath.sin(2 * Math.PI * hz * s + phase));
    }

    private void kComplex(int t, SplittableRandom r) {
        double[] w = new double[Electrode.COUNT];
        for (Electrode e : Electrode.values()) {
            w[e.ordinal()] = Math.max(e.near(Electrode.FZ, 1.0), e.near(Electrode.CZ, 1.0));
        }
        add(
                t + r.nextDouble(),
                0.8,
                r.nextDouble(60, 140),
                w,
                (s, u) -> s < 0.3 ? -Waveforms.hann(s / 0.3) : 0.6 * Waveforms.hann((s - 0.3) / 0.5));
    }

    private List<Disconnection> disconnections(int seconds, SplittableRandom r) {
        List<Disconnection> out = new ArrayList<>();
        int count = SeizurePlanner.poisson(r, p.disconnectionsPerDay() * seconds / 86_400.0);
        for (int k = 0; k < count; k++) {
            Electrode e = Electrode.values()[r.nextInt(Electrode.COUNT)];
            double duration = Math.min(seconds, r.nextDouble(60, 1800));
            double onset = r.nextDouble(0, Math.max(1, seconds - duration));
            out.add(new Disconnection(e, sample(onset), sample(onset + duration), p.lineHz(), r.nextLong(), fs));
            double[] w = new double[Electrode.COUNT];
            w[e.ordinal()] = 1;
            artifact(onset, duration, "disconnected", w, 150);
        }
        out.sort(Comparator.comparingLong(Disconnection::start));
        return out;
    }

    private List<FlatChannel> flats(int seconds, SplittableRandom r) {
        List<FlatChannel> out = new ArrayList<>();
        int count = SeizurePlanner.poisson(r, p.flatChannelsPerDay() * seconds / 86_400.0);
        List<Montage.Channel> channels = montage.channels();
        for (int k = 0; k < count; k++) {
            int c = r.nextInt(channels.size());
            double duration = Math.min(seconds, r.nextDouble(60, 1200));
            double onset = r.nextDouble(0, Math.max(1, seconds - duration));
            out.add(new FlatChannel(c, sample(onset), sample(onset + duration)));
            artifacts.add(new GroundTruth.Artifact(
                    round3(onset), round3(duration), "flat", channels.get(c).label(), 0));
        }
        return out;
    }

    private void add(double onset, double duration, double amplitude, double[] w, ShapedEvent.Shape shape) {
        additive.add(new ShapedEvent(sample(onset), (int) Math.round(duration * fs), amplitude, w, shape, fs));
    }

    private void artifact(double onset, double duration, String kind, double[] w, double amplitude) {
        artifacts.add(new GroundTruth.Artifact(
                round3(onset), round3(duration), kind, channels(w), Math.round(amplitude * 10) / 10.0));
    }

    /** EDF channels on which an electrode pattern shows: |w(plus) - w(minus)| ≥ 10 % of the largest weight. */
    private String channels(double[] w) {
        double max = 0;
        double mean = 0;
        for (double v : w) {
            max = Math.max(max, Math.abs(v));
            mean += v / w.length;
        }
        List<String> labels = new ArrayList<>();
        for (Montage.Channel c : montage.channels()) {
            double minus = c.minus() == null ? mean : w[c.minus().ordinal()];
            if (Math.abs(w[c.plus().ordinal()] - minus) >= 0.1 * max) {
                labels.add(c.label());
            }
        }
        return String.join(",", labels);
    }

    private long sample(double seconds) {
        return Math.round(seconds * fs);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void repeat(SplittableRandom r, double rate, Runnable action) {
        if (rate <= 0) {
            return;
        }
        int n = SeizurePlanner.poisson(r, rate);
        for (int i = 0; i < n; i++) {
            action.run();
        }
    }
}
