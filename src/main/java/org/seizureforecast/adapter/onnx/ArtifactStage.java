package org.seizureforecast.adapter.onnx;

import java.nio.FloatBuffer;
import java.util.List;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * AT-AT on whole windows: every present channel's three 2 s epochs go through the autoencoder in
 * one batch; an epoch is flagged when the graph's noise proxy r (Pearson correlation of the AE
 * output with its input) is below the gate threshold; only flagged epochs go through the
 * transformer; the cleaned window is written straight into the caller's buffer (STAN's input),
 * with flagged epochs' transformer output cross-faded in and everything else copied untouched.
 *
 * <p>Rows of the AE batch are {@code (window * channels + channel) * epochs + epoch}. Absent
 * channels are zero rows that are never flagged. Not thread-safe: one instance per worker.
 */
public final class ArtifactStage implements AutoCloseable {
    private final BatchedRunner ae;
    private final BatchedRunner transformer;
    private final EpochLayout layout;
    private final int channels;
    private final float threshold;
    private final int[] flaggedRow; // per AE row: its transformer row, or -1
    private final float[] zeros;
    private int flaggedCount;

    public ArtifactStage(OnnxModels models, int channels, int windowSamples, int maxWindows, double threshold) {
        ModelSpec aeSpec = models.spec("atat_ae");
        int epochSamples = aeSpec.input("x").rowSize();
        this.layout = new EpochLayout(windowSamples, epochSamples, aeSpec.epochOffsets());
        this.channels = channels;
        int rows = maxWindows * channels * layout.epochs();
        this.ae = new BatchedRunner(models, "atat_ae", rows);
        this.transformer = new BatchedRunner(models, "atat_transformer", rows);
        this.threshold = (float) (Double.isNaN(threshold) ? aeSpec.gateThreshold() : threshold);
        if (Float.isNaN(this.threshold)) {
            throw new ModelRejectedException(aeSpec.file() + ": manifest gives no gate.threshold for 'atat_ae'");
        }
        this.flaggedRow = new int[rows];
        this.zeros = new float[windowSamples];
    }

    public int epochsPerWindow() {
        return channels * layout.epochs();
    }

    public float threshold() {
        return threshold;
    }

    /** Epochs the last {@link #clean} call sent to the transformer. */
    public int flaggedEpochs() {
        return flaggedCount;
    }

    public int epochs() {
        return layout.epochs();
    }

    /** After {@link #clean}: bit e set when epoch e of window {@code w}'s channel {@code k} was flagged. */
    public int flags(int w, int k) {
        int bits = 0;
        int row = (w * channels + k) * layout.epochs();
        for (int e = 0; e < layout.epochs(); e++) {
            bits |= flaggedRow[row + e] >= 0 ? 1 << e : 0;
        }
        return bits;
    }

    /** The share of a window's samples that the flagged epochs in {@code flags} account for, in [0, 1]. */
    public double fraction(int flags) {
        double f = 0;
        for (int e = 0; e < layout.epochs(); e++) {
            f += (flags & (1 << e)) != 0 ? layout.share[e] : 0;
        }
        return Math.min(1.0, f);
    }

    /** After {@link #clean}: the share of window {@code w}'s channel {@code k} that was flagged, in [0, 1]. */
    public double artifactFraction(int w, int k) {
        return fraction(flags(w, k));
    }

    /**
     * Cleans {@code windows[from, from + n)} into rows {@code [0, n)} of {@code target}
     * ({@code [n, channels, windowSamples]}, row-major). {@code sources[w][k]} is the index of
     * model channel k in window w's data, or -1 when absent (written as zeros).
     */
    public void clean(List<AnalysisWindow> windows, int from, int n, int[][] sources, FloatBuffer target) {
        int es = layout.epochSamples;
        int epochs = layout.epochs();
        FloatBuffer aeIn = ae.input("x");
        for (int w = 0; w < n; w++) {
            float[] data = windows.get(from + w).data();
            int ws = windows.get(from + w).samplesPerChannel();
            for (int k = 0; k < channels; k++) {
                int src = sources[w][k];
                for (int e = 0; e < epochs; e++) {
                    int row = (w * channels + k) * epochs + e;
                    if (src >= 0) {
                        aeIn.put(row * es, data, src * ws + layout.offsets[e], es);
                    } else {
                        aeIn.put(row * es, zeros, 0, es);
                    }
                }
            }
        }
        int rows = n * channels * epochs;
        ae.run(rows);
        gate(rows, sources);
        transformer.run(flaggedCount);
        assemble(windows, from, n, sources, target);
    }

    private void gate(int rows, int[][] sources) {
        FloatBuffer r = ae.output("r");
        FloatBuffer aeIn = ae.input("x");
        FloatBuffer aeOut = ae.output("denoised");
        FloatBuffer tfNoisy = transformer.input("noisy");
        FloatBuffer tfAe = transformer.input("ae");
        int es = layout.epochSamples;
        int epochs = layout.epochs();
        flaggedCount = 0;
        for (int row = 0; row < rows; row++) {
            int w = row / (channels * epochs);
            int k = (row / epochs) % channels;
            boolean flag = sources[w][k] >= 0 && r.get(row) < threshold;
            if (flag) {
                int j = flaggedCount++;
                tfNoisy.put(j * es, aeIn, row * es, es);
                tfAe.put(j * es, aeOut, row * es, es);
                flaggedRow[row] = j;
            } else {
                flaggedRow[row] = -1;
            }
        }
    }

    private void assemble(List<AnalysisWindow> windows, int from, int n, int[][] sources, FloatBuffer target) {
        FloatBuffer cleaned = transformer.output("cleaned");
        int es = layout.epochSamples;
        int epochs = layout.epochs();
        int ws = layout.windowSamples;
        for (int w = 0; w < n; w++) {
            float[] data = windows.get(from + w).data();
            for (int k = 0; k < channels; k++) {
                int base = (w * channels + k) * ws;
                int src = sources[w][k];
                if (src < 0) {
                    target.put(base, zeros, 0, ws);
                    continue;
                }
                target.put(base, data, src * ws, ws);
                for (int e = 0; e < epochs; e++) {
                    int j = flaggedRow[(w * channels + k) * epochs + e];
                    if (j < 0) {
                        continue;
                    }
                    // gains of the covering epochs add up to 1, so swapping this epoch's share of the
                    // original for its cleaned version gives the cross-faded mix
                    float[] g = layout.gain[e];
                    int at = base + layout.offsets[e];
                    int orig = src * ws + layout.offsets[e];
                    for (int i = 0; i < es; i++) {
                        target.put(at + i, target.get(at + i) + g[i] * (cleaned.get(j * es + i) - data[orig + i]));
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        ae.close();
        transformer.close();
    }
}
