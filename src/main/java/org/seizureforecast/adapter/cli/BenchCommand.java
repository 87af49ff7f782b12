package org.seizureforecast.adapter.cli;

import ai.onnxruntime.OrtEnvironment;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.seizureforecast.adapter.onnx.Manifest;
import org.seizureforecast.adapter.onnx.OnnxModels;
import org.seizureforecast.adapter.onnx.OnnxOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Per-window latency of the ONNX models in ORT Java next to PyTorch eager on the same weights and
 * the same input, heap allocated per window, FLOPs per window and the share of the FMA peak.
 *
 * <p>The machine is shared and noisy, so each thread count runs {@code --rounds} rounds, each an
 * ORT pass followed by a PyTorch pass, and reports the median over rounds of p50, p99 and of
 * the per-round speed-up (PyTorch p50 / ORT p50): side by side, not one long pass each.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark the ONNX models (ORT Java vs PyTorch eager) per 5 s window.")
public class BenchCommand implements Callable<Integer> {
    private static final List<String> ALL = List.of("stan", "stan_paper", "atat_ae", "atat_transformer");

    @Option(names = "--models", defaultValue = "models", description = "models directory (manifest.json)")
    Path modelsDir;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "ORT intra-op / torch threads")
    List<Integer> threads;

    @Option(names = "--rounds", defaultValue = "3", description = "alternating ORT / PyTorch rounds per thread count")
    int rounds;

    @Option(
            names = "--iterations",
            defaultValue = "300",
            description = "timed calls per figure and round (paper-size: 1/5)")
    int iterations;

    @Option(names = "--warmup", defaultValue = "50")
    int warmup;

    @Option(names = "--python", defaultValue = "/usr/bin/python3")
    String python;

    @Option(names = "--no-torch", description = "skip the PyTorch comparison")
    boolean noTorch;

    @Option(names = "--gate-threshold", defaultValue = "NaN", description = "override the manifest's AT-AT gate")
    double gateThreshold;

    private final PrintStream out = System.out;

    @Override
    public Integer call() {
        if (!Files.exists(modelsDir.resolve(Manifest.FILE_NAME))) {
            throw new BadInputException(modelsDir.resolve(Manifest.FILE_NAME) + ": not found (use --models DIR)");
        }
        if (rounds < 1 || iterations < 1 || warmup < 0) {
            throw new BadInputException("--rounds and --iterations must be >= 1, --warmup >= 0");
        }
        CpuPeak peak = CpuPeak.detect();
        out.printf(
                Locale.ROOT,
                "bench: ONNX Runtime %s (Java, CPU EP), JDK %s, CPU %s, %d cores visible%n",
                OrtEnvironment.getEnvironment().getVersion(),
                Runtime.version(),
                peak.model(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "peak assumed: %s%n", peak.basis());
        out.printf(
                Locale.ROOT,
                "window: golden STAN input row 0 (18 ch x 1280 samples, EMG on 4 channels); batch 1"
                        + " unless noted; median of %d alternating ORT/PyTorch rounds%n",
                rounds);
        for (int t : threads) {
            benchThreads(t, peak);
        }
        return 0;
    }

    private void benchThreads(int t, CpuPeak peak) {
        List<List<OrtRound.Row>> ort = new ArrayList<>();
        List<TorchBench.Outcome> torch = new ArrayList<>();
        try (OnnxModels models = OnnxModels.open(
                        modelsDir, OnnxOptions.DEFAULT.withThreads(t).withModels(ALL));
                OrtRound round = new OrtRound(models, gateThreshold)) {
            for (int r = 0; r < rounds; r++) {
                ort.add(round.measure(warmup, iterations));
                torch.add(
                        noTorch
                                ? new TorchBench.Outcome(null, "skipped (--no-torch)")
                                : TorchBench.run(python, modelsDir, t, iterations, gateThreshold));
            }
        }
        print(t, ort, torch, peak);
    }

    private void print(int t, List<List<OrtRound.Row>> ort, List<TorchBench.Outcome> torch, CpuPeak peak) {
        out.printf(Locale.ROOT, "%n== %d thread%s ==%n", t, t == 1 ? "" : "s");
        out.printf(
                Locale.ROOT,
                "%-34s %9s %9s %10s %10s %8s %12s %7s%n",
                "per window",
                "ORT p50",
                "ORT p99",
                "torch p50",
                "torch p99",
                "speed-up",
                "MFLOP/window",
                "% peak");
        List<JsonNode> tj = torch.stream()
                .filter(o -> o.json() != null)
                .map(TorchBench.Outcome::json)
                .toList();
        for (int i = 0; i < ort.get(0).size(); i++) {
            final int row = i;
            OrtRound.Row first = ort.get(0).get(i);
            double p50 = median(ort, r -> r.get(row).ort().p50Ms());
            double p99 = median(ort, r -> r.get(row).ort().p99Ms());
            String tp50 = "-";
            String tp99 = "-";
            String ratio = "-";
            if (first.torchKey() != null && tj.size() == ort.size()) {
                tp50 = ms(
                        median(tj, j -> j.path(first.torchKey()).path("p50_ms").asDouble()));
                tp99 = ms(
                        median(tj, j -> j.path(first.torchKey()).path("p99_ms").asDouble()));
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < ort.size(); r++) {
                    ratios.add(tj.get(r).path(first.torchKey()).path("p50_ms").asDouble()
                            / ort.get(r).get(row).ort().p50Ms());
                }
                ratio = String.format(Locale.ROOT, "%.2fx", median(ratios, x -> x));
            }
            double pct = first.flops() / (p50 / 1e3) / (peak.gflopsPerCore() * 1e9 * t) * 100;
            out.printf(
                    Locale.ROOT,
                    "%-34s %9s %9s %10s %10s %8s %12.1f %6.1f%%%n",
                    first.label(),
                    ms(p50),
                    ms(p99),
                    tp50,
                    tp99,
                    ratio,
                    first.flops() / 1e6,
                    pct);
        }
        if (tj.size() < ort.size()) {
            out.println("PyTorch eager: "
                    + torch.stream()
                            .filter(o -> o.json() == null)
                            .findFirst()
                            .get()
                            .unavailable());
        } else {
            out.printf(
                    Locale.ROOT,
                    "PyTorch eager: torch %s, %d thread(s), no_grad, same checkpoints (golden max abs" + " diff %s)%n",
                    tj.get(0).path("torch").asText(),
                    t,
                    tj.get(0).path("golden_max_abs_diff"));
        }
        List<OrtRound.Row> last = ort.get(ort.size() - 1);
        out.printf(
                Locale.ROOT,
                "heap allocated per window (steady state): scorer batch 1 %.0f B, scorer batch 8 %.0f B;"
                        + " AT-AT stage %.0f B, one STAN run %.0f B%n",
                last.get(5).ort().heapBytesPerCall(),
                last.get(6).ort().heapBytesPerCall(),
                last.get(0).ort().heapBytesPerCall(),
                last.get(3).ort().heapBytesPerCall());
        out.println("% peak = dense (FMA) FLOPs per window / ORT p50 / (peak per core x threads)");
    }

    private static <T> double median(List<T> items, ToDoubleFunction<T> f) {
        double[] v = items.stream().mapToDouble(f).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f ms", v);
    }
}
