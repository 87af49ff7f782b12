package org.seizureforecast.adapter.cli;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.seizureforecast.adapter.onnx.ArtifactStage;
import org.seizureforecast.adapter.onnx.BatchedRunner;
import org.seizureforecast.adapter.onnx.ModelSpec;
import org.seizureforecast.adapter.onnx.OnnxModels;
import org.seizureforecast.adapter.onnx.OnnxWindowScorer;
import org.seizureforecast.adapter.onnx.ScorerOptions;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.tools.npy.NpyArray;

/**
 * The ORT side of one bench round: every stage and scorer built once over open models, then
 * {@link #measure} times each per window. Rows come in a fixed order; {@code torchKey} names the
 * matching figure in {@code bench_torch.py}'s output.
 */
final class OrtRound implements AutoCloseable {
    /** One figure: label, PyTorch key (null = no PyTorch twin), ORT result, dense FLOPs per window. */
    record Row(String label, String torchKey, LatencyProbe.Result ort, long flops) {}

    private final OnnxModels models;
    private final List<AnalysisWindow> one;
    private final List<AnalysisWindow> eight;
    private final int[][] sources;
    private final FloatBuffer target;
    private final ArtifactStage atat;
    private final BatchedRunner stan;
    private final BatchedRunner paper;
    private final BatchedRunner aeAlone;
    private final BatchedRunner tfAlone;
    private final OnnxWindowScorer scorer;
    private final OnnxWindowScorer scorer8;

    OrtRound(OnnxModels models, double gateThreshold) {
        this.models = models;
        ModelSpec stanSpec = models.spec("stan");
        AnalysisWindow window = goldenWindow(stanSpec);
        this.one = List.of(window);
        this.eight = Collections.nCopies(8, window);
        int[] all = new int[18];
        Arrays.setAll(all, k -> k);
        this.sources = new int[][] {all};
        this.target = ByteBuffer.allocateDirect(4 * 18 * 1280)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        ScorerOptions options = ScorerOptions.DEFAULT.withMaxBatchWindows(1).withGateThreshold(gateThreshold);
        this.atat = new ArtifactStage(models, 18, 1280, 1, gateThreshold);
        this.stan = filled("stan", window.data(), 1);
        this.paper = filled("stan_paper", window.data(), 1);
        this.scorer = new OnnxWindowScorer(models, options);
        this.scorer8 = new OnnxWindowScorer(models, options.withMaxBatchWindows(8));
        atat.clean(one, 0, 1, sources, target);
        int flagged = Math.max(1, atat.flaggedEpochs());
        this.aeAlone = filledFromGolden("atat_ae", 54);
        this.tfAlone = filledFromGolden("atat_transformer", flagged);
    }

    List<Row> measure(int warmup, int iterations) {
        List<Row> rows = new ArrayList<>();
        var a = LatencyProbe.measure(() -> atat.clean(one, 0, 1, sources, target), warmup, iterations);
        int flagged = atat.flaggedEpochs();
        long atatFlops = 54 * models.spec("atat_ae").denseFlopsPerRow()
                + flagged * models.spec("atat_transformer").denseFlopsPerRow();
        long stanFlops = models.spec("stan").denseFlopsPerRow();
        rows.add(new Row("AT-AT (" + flagged + "/54 epochs flagged)", "atat", a, atatFlops));
        rows.add(new Row(
                "  of which AE, 54 epochs",
                null,
                LatencyProbe.measure(() -> aeAlone.run(54), warmup, iterations),
                54 * models.spec("atat_ae").denseFlopsPerRow()));
        int tfRows = tfAlone.maxRows();
        rows.add(new Row(
                "  of which transformer, " + tfRows + " epochs",
                null,
                LatencyProbe.measure(() -> tfAlone.run(tfRows), warmup, iterations),
                tfRows * models.spec("atat_transformer").denseFlopsPerRow()));
        rows.add(new Row(
                "STAN shipped", "stan", LatencyProbe.measure(() -> stan.run(1), warmup, iterations), stanFlops));
        rows.add(new Row(
                "STAN paper-size (latency only)",
                "stan_paper",
                LatencyProbe.measure(() -> paper.run(1), Math.max(5, warmup / 5), Math.max(20, iterations / 5)),
                models.spec("stan_paper").denseFlopsPerRow()));
        rows.add(new Row(
                "scorer: AT-AT + STAN",
                "scorer",
                LatencyProbe.measure(() -> scorer.score(one), warmup, iterations),
                atatFlops + stanFlops));
        var s8 = LatencyProbe.measure(() -> scorer8.score(eight), warmup / 4 + 1, iterations / 8 + 1);
        rows.add(new Row(
                "scorer, batch 8 (per window)",
                null,
                new LatencyProbe.Result(s8.p50Ms() / 8, s8.p99Ms() / 8, s8.heapBytesPerCall() / 8, s8.calls()),
                atatFlops + stanFlops));
        return rows;
    }

    private BatchedRunner filled(String model, float[] row, int rows) {
        BatchedRunner r = new BatchedRunner(models, model, rows);
        r.input("x").put(0, row);
        return r;
    }

    /** A model alone on {@code rows} copies of its golden input's first row. */
    private BatchedRunner filledFromGolden(String model, int rows) {
        BatchedRunner r = new BatchedRunner(models, model, rows);
        for (var e : models.spec(model).golden("inputs").entrySet()) {
            float[] row = Arrays.copyOf(NpyArray.read(e.getValue()).data(), r.inputRowSize(e.getKey()));
            for (int i = 0; i < rows; i++) {
                r.input(e.getKey()).put(i * row.length, row);
            }
        }
        return r;
    }

    private static AnalysisWindow goldenWindow(ModelSpec stan) {
        NpyArray x = NpyArray.read(stan.golden("inputs").get("x"));
        float[] row = Arrays.copyOf(x.data(), x.rowSize());
        boolean[] present = new boolean[18];
        Arrays.fill(present, true);
        return new AnalysisWindow("bench", "bench", 0, 0, 5_000_000L, stan.channelOrder(), 1280, row, present, false);
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {atat, stan, paper, aeAlone, tfAlone, scorer, scorer8}) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
