package org.seizureforecast.adapter.onnx;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.core.inference.InferenceException;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * The ONNX detector: AT-AT artifact removal then STAN, batched across windows (of any patients).
 *
 * <p>Per chunk of up to {@link ScorerOptions#maxBatchWindows()} windows: channels are matched to
 * the model's channel order by label (missing or absent channels become zeros), AT-AT cleans
 * them straight into STAN's input buffer, STAN runs once, and each window gets a
 * {@link WindowScore}: ictal and preictal probability from STAN's softmax, the artifact fraction
 * (mean over present channels of the flagged share), and an {@link Explanation} from STAN's
 * spatial and temporal attention summaries plus AT-AT's per-channel artifact fraction.
 *
 * <p>Buffers and tensors are created in the constructor (or on the first use of a batch size)
 * and reused. Not thread-safe: one instance per worker thread; {@link OnnxModels} is shared.
 * Closing the scorer frees its buffers' tensors, not the models.
 */
public final class OnnxWindowScorer implements WindowScorer {
    private final ScorerOptions options;
    private final ChannelMap channelMap;
    private final int channels;
    private final int windowSamples;
    private final BatchedRunner stan;
    private final ArtifactStage artifact;
    private final List<ModelInfo> provenance;
    private final int[][] sources;
    private final Explainer explainer;

    public OnnxWindowScorer(OnnxModels models, ScorerOptions options) {
        this.options = options;
        ModelSpec stanSpec = models.spec(options.stanModel());
        TensorSpec x = stanSpec.input("x");
        this.channelMap = new ChannelMap(stanSpec.channelOrder());
        this.channels = channelMap.size();
        if (x.rank() != 3 || x.shape()[1] != channels) {
            throw new ModelRejectedException(stanSpec.file() + ": input x " + x.shapeText() + " does not match "
                    + channels + " channels in channel_order");
        }
        this.windowSamples = (int) x.shape()[2];
        int tokens = stanSpec.output("temporal_attention").rowSize();
        double tokenSeconds = stanSpec.tokenSeconds();
        this.stan = new BatchedRunner(models, options.stanModel(), options.maxBatchWindows());
        List<ModelInfo> infos = new ArrayList<>();
        if (options.artifactRemoval()) {
            this.artifact = new ArtifactStage(
                    models, channels, windowSamples, options.maxBatchWindows(), options.gateThreshold());
            infos.add(models.spec("atat_ae").info());
            infos.add(models.spec("atat_transformer").info());
        } else {
            this.artifact = null;
        }
        infos.add(stanSpec.info());
        this.provenance = List.copyOf(infos);
        this.sources = new int[options.maxBatchWindows()][];
        this.explainer = new Explainer(channelMap, tokens, tokenSeconds, options, artifact);
    }

    @Override
    public List<ModelInfo> models() {
        return provenance;
    }

    /** AT-AT stage (null when artifact removal is off), for benches. */
    public ArtifactStage artifactStage() {
        return artifact;
    }

    @Override
    public List<WindowScore> score(List<AnalysisWindow> windows) {
        List<WindowScore> out = new ArrayList<>(windows.size());
        for (int from = 0; from < windows.size(); from += options.maxBatchWindows()) {
            int n = Math.min(options.maxBatchWindows(), windows.size() - from);
            scoreChunk(windows, from, n, out);
        }
        return out;
    }

    private void scoreChunk(List<AnalysisWindow> windows, int from, int n, List<WindowScore> out) {
        for (int w = 0; w < n; w++) {
            sources[w] = sourcesOf(windows.get(from + w));
        }
        FloatBuffer x = stan.input("x");
        if (artifact != null) {
            artifact.clean(windows, from, n, sources, x);
        } else {
            copyRaw(windows, from, n, x);
        }
        stan.run(n);
        FloatBuffer probs = stan.output("probs");
        for (int w = 0; w < n; w++) {
            AnalysisWindow win = windows.get(from + w);
            double ictal = unit(probs.get(w * 3 + 2), win);
            double preictal = unit(probs.get(w * 3 + 1), win);
            out.add(new WindowScore(
                    ictal,
                    preictal,
                    artifactFraction(w),
                    explainer.explain(
                            w, sources[w], stan.output("spatial_attention"), stan.output("temporal_attention"))));
        }
    }

    private int[] sourcesOf(AnalysisWindow win) {
        if (win.samplesPerChannel() != windowSamples) {
            throw new InferenceException("patient " + win.patientId() + " window " + win.index() + ": "
                    + win.samplesPerChannel() + " samples per channel, model '" + options.stanModel() + "' needs "
                    + windowSamples);
        }
        int[] src = channelMap.sources(win.channels());
        int present = 0;
        for (int s : src) {
            present += s >= 0 && win.present()[s] ? 1 : 0;
        }
        if (present == 0) {
            throw new InferenceException("patient " + win.patientId() + " window " + win.index()
                    + ": none of the model's channels is present (has " + win.channels() + ")");
        }
        if (present == src.length) {
            return src;
        }
        int[] masked = src.clone(); // a channel the window marks absent is zeros either way
        for (int k = 0; k < masked.length; k++) {
            if (masked[k] >= 0 && !win.present()[masked[k]]) {
                masked[k] = -1;
            }
        }
        return masked;
    }

    private void copyRaw(List<AnalysisWindow> windows, int from, int n, FloatBuffer x) {
        for (int w = 0; w < n; w++) {
            float[] data = windows.get(from + w).data();
            for (int k = 0; k < channels; k++) {
                int base = (w * channels + k) * windowSamples;
                int src = sources[w][k];
                if (src >= 0) {
                    x.put(base, data, src * windowSamples, windowSamples);
                } else {
                    for (int i = 0; i < windowSamples; i++) {
                        x.put(base + i, 0f);
                    }
                }
            }
        }
    }

    private double artifactFraction(int w) {
        if (artifact == null) {
            return 0.0;
        }
        double sum = 0;
        int present = 0;
        for (int k = 0; k < channels; k++) {
            if (sources[w][k] >= 0) {
                sum += artifact.artifactFraction(w, k);
                present++;
            }
        }
        return present == 0 ? 0.0 : Math.min(1.0, sum / present);
    }

    private static double unit(float p, AnalysisWindow win) {
        if (!(p >= -1e-6f && p <= 1f + 1e-6f)) {
            throw new InferenceException("patient " + win.patientId() + " window " + win.index()
                    + ": model produced probability " + p + " (non-finite input?)");
        }
        return Math.min(1.0, Math.max(0.0, p));
    }

    @Override
    public void close() {
        stan.close();
        if (artifact != null) {
            artifact.close();
        }
    }
}
