package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.seizureforecast.tools.edf.EdfSignal;
import org.seizureforecast.tools.edf.EdfWriter;

/**
 * Renders one patient's plan second by second and writes it as consecutive EDF+C runs with
 * their annotation files. The signal is continuous across runs (filter states and events carry
 * over). Single-threaded and deterministic: the same plan and seed give the same bytes.
 */
final class PatientSimulator {
    /** Physical range of every channel: quantum 0.1 µV, room for artifacts; beyond is clipped. */
    static final double RANGE_UV = 3276.7;

    private static final int BLOCK = (int) SimulationOptions.SAMPLE_RATE;
    private static final int RECORDS_PER_WRITE = 10;

    private final PatientPlan plan;
    private final SimulationOptions options;
    private final Background background;
    private final List<Montage.Channel> channels;
    private final List<SourceEvent> active = new ArrayList<>();
    private int nextEvent;

    PatientSimulator(PatientPlan plan, SimulationOptions options, SplittableRandom signalRandom) {
        this.plan = plan;
        this.options = options;
        this.background = new Background(plan.patient, signalRandom, SimulationOptions.SAMPLE_RATE);
        this.channels = options.montage().channels();
    }

    /** Writes all runs; {@code progress} receives simulated seconds as they are done. */
    void write(BidsLayout layout, String subject, LongConsumer progress) throws IOException {
        Files.createDirectories(layout.eegDir(subject));
        Files.createDirectories(layout.truthDir(subject));
        int runSeconds = options.runSeconds();
        int runs = (plan.seconds + runSeconds - 1) / runSeconds;
        RunAnnotations annotations = new RunAnnotations(plan, options.montage(), layout, subject);
        for (int run = 0; run < runs; run++) {
            int from = run * runSeconds;
            int to = Math.min(plan.seconds, from + runSeconds);
            writeRun(layout, subject, run, from, to, progress);
            annotations.write(run, from, to);
        }
    }

    private void writeRun(BidsLayout layout, String subject, int run, int from, int to, LongConsumer progress)
            throws IOException {
        List<EdfSignal> signals = new ArrayList<>();
        for (Montage.Channel c : channels) {
            signals.add(EdfSignal.of(c.label(), "uV", -RANGE_UV, RANGE_UV, BLOCK));
        }
        EdfWriter.Layout edf = new EdfWriter.Layout(subject, plan.start.plusSeconds(from), 1, signals);
        double[][] sources = new double[Electrode.COUNT][BLOCK];
        float[][] block = new float[channels.size()][BLOCK];
        float[][] chunk = new float[channels.size()][RECORDS_PER_WRITE * BLOCK];
        double[] g0 = new double[Background.GAINS];
        double[] g1 = new double[Background.GAINS];
        try (EdfWriter writer = EdfWriter.create(layout.edf(subject, run), edf)) {
            for (Seizure s : plan.seizures) {
                if (s.onsetSeconds() >= from && s.onsetSeconds() < to) {
                    writer.annotate(
                            s.onsetSeconds() - from,
                            s.durationSeconds(),
                            s.kind().eventType());
                }
            }
            int filled = 0;
            for (int t = from; t < to; t++) {
                renderSecond(t, g0, g1, sources, block);
                for (int c = 0; c < block.length; c++) {
                    System.arraycopy(block[c], 0, chunk[c], filled * BLOCK, BLOCK);
                }
                if (++filled == RECORDS_PER_WRITE || t == to - 1) {
                    writer.writeRecords(chunk, filled);
                    progress.accept(filled);
                    filled = 0;
                }
            }
        }
    }

    private void renderSecond(int t, double[] g0, double[] g1, double[][] sources, float[][] block) {
        plan.gainsAt(t, g0);
        plan.gainsAt(t + 1, g1);
        background.render(BLOCK, g0, g1, sources);
        long from = (long) t * BLOCK;
        long until = from + BLOCK;
        List<SourceEvent> events = plan.events.additive();
        while (nextEvent < events.size() && events.get(nextEvent).start() < until) {
            active.add(events.get(nextEvent++));
        }
        for (SourceEvent e : active) {
            e.render(from, BLOCK, sources);
        }
        active.removeIf(e -> e.end() <= until);
        for (Disconnection d : plan.events.disconnections()) {
            if (d.start() < until && d.end() > from) {
                d.render(from, BLOCK, sources);
            }
        }
        options.montage().derive(sources, BLOCK, block);
        for (EventPlanner.FlatChannel f : plan.events.flats()) {
            if (f.start() < until && f.end() > from) {
                int a = (int) (Math.max(f.start(), from) - from);
                int b = (int) (Math.min(f.end(), until) - from);
                Arrays.fill(block[f.channel()], a, b, 0f);
            }
        }
    }
}
