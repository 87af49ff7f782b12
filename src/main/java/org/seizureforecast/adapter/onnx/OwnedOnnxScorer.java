package org.seizureforecast.adapter.onnx;

import java.nio.file.Path;
import java.util.List;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * The ONNX scorer together with the sessions it runs on, so that whoever owns the scorer (the
 * service, a batch command) closes both, scorer first.
 */
public final class OwnedOnnxScorer implements WindowScorer {
    private final OnnxModels models;
    private final OnnxWindowScorer scorer;

    private OwnedOnnxScorer(OnnxModels models, OnnxWindowScorer scorer) {
        this.models = models;
        this.scorer = scorer;
    }

    /** Opens and verifies the models in {@code modelsDir}; refuses to start on any mismatch. */
    public static OwnedOnnxScorer open(Path modelsDir, OnnxOptions onnx, ScorerOptions options) {
        OnnxModels models = OnnxModels.open(modelsDir, onnx);
        try {
            return new OwnedOnnxScorer(models, new OnnxWindowScorer(models, options));
        } catch (RuntimeException e) {
            models.close();
            throw e;
        }
    }

    @Override
    public List<ModelInfo> models() {
        return scorer.models();
    }

    @Override
    public List<WindowScore> score(List<AnalysisWindow> windows) {
        return scorer.score(windows);
    }

    @Override
    public void forget(String patientId) {
        scorer.forget(patientId);
    }

    @Override
    public void close() {
        try {
            scorer.close();
        } finally {
            models.close();
        }
    }
}
