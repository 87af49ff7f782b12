package org.seizureforecast.adapter.cli;

import ai.onnxruntime.OrtEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.seizureforecast.adapter.onnx.ArtifactStage;
import org.seizureforecast.adapter.onnx.BatchedRunner;
import org.seizureforecast.adapter.onnx.Manifest;
import org.seizureforecast.adapter.onnx.ModelSpec;
import org.seizureforecast.adapter.onnx.NpyArray;
import org.seizureforecast.adapter.onnx.OnnxModels;
import org.seizureforecast.adapter.onnx.OnnxOptions;
import org.seizureforecast.adapter.onnx.OnnxWindowScorer;
import org.seizureforecast.adapter.onnx.ScorerOptions;
import org.seizureforecast.core.signal.AnalysisWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Per-window latency of the ONNX models in ORT Java next to PyTorch eager on the same weights and
 * the same input, heap allocated per window, FLOPs per window and the share of the FMA peak.
 * The window is the golden STAN input's first row (18 channels x 5 s, EMG on 4 channels).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the ONNX models (ORT Java vs PyTorch eager) per 5 s window.")
public class BenchCommand implements Callable<Integer> {
    private static final List<String> ALL = List.of("stan", "stan_paper", "atat_ae", "atat_transformer");

    @Option(names = "--models", defaultValue = "models", description = "models directory (manifest.json)")
    Path modelsDir;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "ORT intra-op / torch threads")
    List<Integer> threads;

    @Option(names = "--iterations", defaultValue = "500", description = "timed calls per figure (paper-size: 1/5)")
    int iterations;

    @Option(names = "--warmup", defaultValue = "100")
    int warmup;

    @Option(names = "--python", defaultValue = "/usr/bin/python3")
    String python;

    @Option(names = "--no-torch", description = "skip the PyTorch comparison")
    boolean noTorch;

    @Option(names = "--gate-threshold", defaultValue = "NaN", description = "override the manifest's AT-AT gate")
    double gateThreshold;

    private PrintStream out = System.out;

    @Override
    public Integer call() {
        if (!Files.exists(modelsDir.resolve(Manifest.FILE_NAME))) {
            throw new BadInputException(modelsDir.resolve(Manifest.FILE_NAME) + ": not found (use --models DIR)");
        }
        CpuPeak peak = CpuPeak.detect();
        out.printf(Locale.ROOT, "bench: ONNX Runtime %s (Java, CPU EP), JDK %s, CPU %s, %d cores visible%n",
                OrtEnvironment.getEnvironment().getVersion(), Runtime.version(), peak.model(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "peak assumed: %s%n", peak.basis());
        out.println("window: golden STAN input row 0 (18 ch x 1280 samples, EMG on 4 channels); batch 1 unless noted");
        for (int t : threads) {
            benchThreads(t, peak);
        }
        return 0;
    }

    private void benchThreads(int t, CpuPeak peak) {
        List<Row> rows = new ArrayList<>();
        Heap heap;
        try (OnnxModels models = OnnxModels.open(modelsDir, OnnxOptions.DEFAULT.withThreads(t).withModels(ALL))) {
            ModelSpec stanSpec = models.spec("stan");
            AnalysisWindow window = goldenWindow(stanSpec);
            List<AnalysisWindow> one = List.of(window);
            List<AnalysisWindow> eight = Collections.nCopies(8, window);
            int[] all = new int[18];
            Arrays.setAll(all, k -> k);
            int[][] sources = {all};
            FloatBuffer target = ByteBuffer.allocateDirect(4 * 18 * 1280).order(ByteOrder.nativeOrder()).asFloatBuffer();
            try (ArtifactStage atat = new ArtifactStage(models, 18, 1280, 1, gateThreshold);
                    BatchedRunner stan = filled(models, "stan", window);
                    BatchedRunner paper = filled(models, "stan_paper", window);
                    OnnxWindowScorer scorer = new OnnxWindowScorer(models, options());
                    OnnxWindowScorer scorer8 = new OnnxWindowScorer(models, options().withMaxBatchWindows(8))) {
                var a = LatencyProbe.measure(() -> atat.clean(one, 0, 1, sources, target), warmup, iterations);
                int flagged = atat.flaggedEpochs();
                long atatFlops = 54 * models.spec("atat_ae").denseFlopsPerRow()
                        + flagged * models.spec("atat_transformer").denseFlopsPerRow();
                rows.add(new Row("AT-AT (" + flagged + "/54 epochs flagged)", "atat", a, atatFlops));
                rows.add(stageRow(models, "  of which AE, 54 epochs", "atat_ae", 54));
                rows.add(stageRow(models, "  of which transformer, " + flagged + " epochs", "atat_transformer",
                        Math.max(flagged, 1)));
                rows.add(new Row("STAN shipped", "stan", LatencyProbe.measure(() -> stan.run(1), warmup, iterations),
                        stanSpec.denseFlopsPerRow()));
                rows.add(new Row("STAN paper-size (latency only)", "stan_paper",
                        LatencyProbe.measure(() -> paper.run(1), Math.max(5, warmup / 5), Math.max(20, iterations / 5)),
                        models.spec("stan_paper").denseFlopsPerRow()));
                var s1 = LatencyProbe.measure(() -> scorer.score(one), warmup, iterations);
                rows.add(new Row("scorer: AT-AT + STAN", "scorer", s1, atatFlops + stanSpec.denseFlopsPerRow()));
                var s8 = LatencyProbe.measure(() -> scorer8.score(eight), warmup / 4 + 1, iterations / 8 + 1);
                rows.add(new Row("scorer, batch 8 (per window)", null, perWindow(s8, 8),
                        atatFlops + stanSpec.denseFlopsPerRow()));
                heap = new Heap(a.heapBytesPerCall(), rows.get(3).ort.heapBytesPerCall(), s1.heapBytesPerCall(),
                        s8.heapBytesPerCall() / 8);
            }
        }
        TorchBench.Outcome torch = noTorch ? new TorchBench.Outcome(null, "skipped (--no-torch)")
                : TorchBench.run(python, modelsDir, t, Math.max(50, iterations / 2), gateThreshold);
        print(t, rows, heap, torch, peak);
    }

    /** One model alone on {@code rows} rows of its golden input (repeated), to split AT-AT's time. */
    private Row stageRow(OnnxModels models, String label, String model, int rows) {
        ModelSpec spec = models.spec(model);
        try (BatchedRunner r = new BatchedRunner(models, model, rows)) {
            for (var e : spec.golden("inputs").entrySet()) {
                float[] row = Arrays.copyOf(NpyArray.read(e.getValue()).data(), r.inputRowSize(e.getKey()));
                for (int i = 0; i < rows; i++) {
                    r.input(e.getKey()).put(i * row.length, row);
                }
            }
            return new Row(label, null, LatencyProbe.measure(() -> r.run(rows), warmup, iterations),
                    rows * spec.denseFlopsPerRow());
        }
    }

    private ScorerOptions options() {
        return ScorerOptions.DEFAULT.withMaxBatchWindows(1).withGateThreshold(gateThreshold);
    }

    private static LatencyProbe.Result perWindow(LatencyProbe.Result r, int n) {
        return new LatencyProbe.Result(r.p50Ms() / n, r.p99Ms() / n, r.heapBytesPerCall() / n, r.calls());
    }

    private static BatchedRunner filled(OnnxModels models, String name, AnalysisWindow w) {
        BatchedRunner r = new BatchedRunner(models, name, 1);
        r.input("x").put(0, w.data());
        return r;
    }

    private AnalysisWindow goldenWindow(ModelSpec stan) {
        NpyArray x = NpyArray.read(stan.golden("inputs").get("x"));
        float[] row = Arrays.copyOf(x.data(), x.rowSize());
        boolean[] present = new boolean[18];
        Arrays.fill(present, true);
        return new AnalysisWindow("bench", "bench", 0, 0, 5_000_000L, stan.channelOrder(), 1280, row, present, false, 0);
    }

    private void print(int t, List<Row> rows, Heap heap, TorchBench.Outcome torch, CpuPeak peak) {
        out.printf(Locale.ROOT, "%n== %d thread%s ==%n", t, t == 1 ? "" : "s");
        out.printf(Locale.ROOT, "%-34s %9s %9s %10s %10s %8s %12s %9s%n", "per window", "ORT p50", "ORT p99",
                "torch p50", "torch p99", "speed-up", "MFLOP/window", "% peak");
        for (Row r : rows) {
            JsonNode tj = torch.json() == null || r.torchKey == null ? null : torch.json().path(r.torchKey);
            String tp50 = tj == null ? "-" : ms(tj.path("p50_ms").asDouble());
            String tp99 = tj == null ? "-" : ms(tj.path("p99_ms").asDouble());
            String ratio = tj == null ? "-" : String.format(Locale.ROOT, "%.2fx", tj.path("p50_ms").asDouble() / r.ort.p50Ms());
            double pct = r.flops / (r.ort.p50Ms() / 1e3) / (peak.gflopsPerCore() * 1e9 * t) * 100;
            out.printf(Locale.ROOT, "%-34s %9s %9s %10s %10s %8s %12.1f %8.1f%%%n", r.label, ms(r.ort.p50Ms()),
                    ms(r.ort.p99Ms()), tp50, tp99, ratio, r.flops / 1e6, pct);
        }
        if (torch.json() == null) {
            out.println("PyTorch eager: " + torch.unavailable());
        } else {
            out.printf(Locale.ROOT, "PyTorch eager: torch %s, %d thread(s), weights checked against golden (max abs diff %s)%n",
                    torch.json().path("torch").asText(), t, torch.json().path("golden_max_abs_diff"));
        }
        out.printf(Locale.ROOT, "heap allocated per window (steady state): scorer batch 1 %.0f B, scorer batch 8 %.0f B;"
                + " of which AT-AT stage %.0f B, one STAN ORT run %.0f B%n", heap.scorer1, heap.scorer8, heap.atat, heap.stanRun);
        out.println("% peak = dense (FMA) FLOPs per window / ORT p50 / (peak per core x threads)");
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f ms", v);
    }

    private record Row(String label, String torchKey, LatencyProbe.Result ort, long flops) {}

    private record Heap(double atat, double stanRun, double scorer1, double scorer8) {}
}
