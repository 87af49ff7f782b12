package org.seizureforecast.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.adapter.onnx.OnnxOptions;
import org.seizureforecast.adapter.onnx.OwnedOnnxScorer;
import org.seizureforecast.adapter.onnx.ScorerOptions;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.LineLengthDetector;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.pipeline.BatchOutcome;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.StreamSpec;
import org.seizureforecast.tools.batch.EdfFrameSource;
import org.seizureforecast.tools.edf.EdfInputs;
import org.seizureforecast.tools.sim.DatasetSimulator;
import org.seizureforecast.tools.sim.Montage;
import org.seizureforecast.tools.sim.SimulationOptions;

/**
 * Capacity of the whole processing engine (stream assembly, filters, detector, alarm policy) on
 * one thread: a simulated hour of 18-channel EEG is streamed as {@code PATIENTS} patients at once,
 * one 1 s frame of each per batch (so inference batches across patients, as the consumer does).
 * Prints windows per second, µs and heap bytes per window, and how many patients one core keeps
 * up with in real time (a patient produces 0.4 windows/s at the 2.5 s hop). Baseline and ONNX run
 * alternately in one JVM; read the ratio.
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java --enable-native-access=ALL-UNNAMED -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      org.seizureforecast.bench.PipelineBench [models-dir]
 * </pre>
 */
public final class PipelineBench {
    private static final int PATIENTS = Integer.getInteger("bench.patients", 8);
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        Path models = Path.of(args.length > 0 ? args[0] : "models");
        Path dir = Files.createTempDirectory("pipeline-bench");
        new DatasetSimulator(new SimulationOptions(1, 1, 5, 1, Montage.BIPOLAR, 2, Double.NaN, 2)).write(dir, s -> {});
        List<EegFrame> frames = new ArrayList<>();
        try (EdfFrameSource src =
                EdfFrameSource.open(EdfInputs.resolve(dir).get(0).edf(), "p", "s", 1.0)) {
            EegFrame f;
            while ((f = src.next()) != null) {
                frames.add(f);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d patients x %d s of simulated EEG, 18 channels, 256 Hz, 1 s frames%n",
                PATIENTS,
                frames.size());
        boolean onnx = Files.isRegularFile(models.resolve("manifest.json"));
        for (int round = 1; round <= ROUNDS; round++) {
            if (!Boolean.getBoolean("bench.onnx-only")) {
                run("baseline", new LineLengthDetector(), frames, round);
            }
            if (onnx) {
                try (WindowScorer s = OwnedOnnxScorer.open(models, OnnxOptions.DEFAULT, ScorerOptions.DEFAULT)) {
                    run("onnx", s, frames, round);
                }
            }
        }
    }

    private static void run(String name, WindowScorer scorer, List<EegFrame> frames, int round) {
        StreamProcessor p = new StreamProcessor(
                StreamSpec.DEFAULT,
                new IirjFilterBank(FilterSpec.DEFAULT),
                scorer,
                new AlarmEngine(AlarmPolicy.DEFAULT));
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long windows = 0;
        long bytes0 = mx.getCurrentThreadAllocatedBytes();
        long t0 = System.nanoTime();
        for (EegFrame f : frames) {
            List<Inbound<Void>> batch = new ArrayList<>(PATIENTS);
            for (int k = 0; k < PATIENTS; k++) {
                String id = "patient-" + k;
                batch.add(Inbound.of(
                        id,
                        new EegFrame(
                                f.version(),
                                id,
                                f.sessionId(),
                                f.sequence(),
                                f.startMicros(),
                                f.sampleRate(),
                                f.channels(),
                                f.sampleCount(),
                                f.samples()),
                        null));
            }
            BatchOutcome<Void> out = p.process(batch);
            windows += out.results().size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double bytesPerWindow = (mx.getCurrentThreadAllocatedBytes() - bytes0) / (double) windows;
        double perSecond = windows / seconds;
        System.out.printf(
                Locale.ROOT,
                "round %d %-8s %7d windows in %6.2f s: %8.0f windows/s, %7.1f us/window,"
                        + " %6.1f KB heap/window, real time for %5.0f patients per core%n",
                round,
                name,
                windows,
                seconds,
                perSecond,
                1e6 / perSecond,
                bytesPerWindow / 1024,
                perSecond / 0.4);
    }

    private PipelineBench() {}
}
