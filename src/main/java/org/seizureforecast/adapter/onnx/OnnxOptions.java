package org.seizureforecast.adapter.onnx;

import java.util.List;

/**
 * How {@link OnnxModels} opens its sessions.
 *
 * @param intraOpThreads threads one model run may use (1: the service scales by running workers,
 *     not by splitting a small graph)
 * @param spinning whether idle ORT pool threads busy-wait (off: they would burn shared cores)
 * @param models names in {@code manifest.json} to open; others are not even read
 */
public record OnnxOptions(int intraOpThreads, boolean spinning, List<String> models) {

    /** The three graphs the scorer needs: shipped STAN and both AT-AT parts. */
    public static final List<String> SERVING_MODELS = List.of("stan", "atat_ae", "atat_transformer");

    public static final OnnxOptions DEFAULT = new OnnxOptions(1, false, SERVING_MODELS);

    public OnnxOptions {
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("models must name at least one manifest entry");
        }
        models = List.copyOf(models);
    }

    public OnnxOptions withThreads(int threads) {
        return new OnnxOptions(threads, spinning, models);
    }

    public OnnxOptions withModels(List<String> names) {
        return new OnnxOptions(intraOpThreads, spinning, names);
    }
}
