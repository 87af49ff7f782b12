package org.seizureforecast.core.inference;

import java.util.List;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * The inference port: turns analysis windows into per-window probabilities. Implementations are
 * the baseline line-length detector (core) and the ONNX models (adapter).
 *
 * <p>A batch may hold windows of several patients; within one patient windows arrive in time
 * order. Implementations may keep per-patient state (a background estimate, say), keyed by
 * patient id. Calls come from one thread at a time.
 */
public interface WindowScorer extends AutoCloseable {

    /** Provenance of every model behind this scorer, attached to each score and alarm. */
    List<ModelInfo> models();

    /**
     * Scores {@code windows}, returning one result per window in the same order.
     *
     * @throws InferenceException when the scorer fails; the caller rejects the batch's frames
     */
    List<WindowScore> score(List<AnalysisWindow> windows);

    /** Drops any per-patient state (the patient's stream restarted or was evicted). */
    default void forget(String patientId) {}

    @Override
    default void close() {}
}
