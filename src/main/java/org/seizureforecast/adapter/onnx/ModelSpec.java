package org.seizureforecast.adapter.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seizureforecast.core.inference.ModelInfo;

/**
 * One model's manifest entry: the file, its digest, its declared inputs and outputs, and the
 * model-specific facts the Java side relies on (channel order, token length, gate threshold).
 */
public record ModelSpec(
        String name,
        Path file,
        String sha256,
        String version,
        List<TensorSpec> inputs,
        List<TensorSpec> outputs,
        JsonNode details) {

    public ModelSpec {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    public ModelInfo info() {
        return new ModelInfo(name, version, sha256);
    }

    public TensorSpec input(String tensor) {
        return find(inputs, tensor, "input");
    }

    public TensorSpec output(String tensor) {
        return find(outputs, tensor, "output");
    }

    private TensorSpec find(List<TensorSpec> specs, String tensor, String kind) {
        for (TensorSpec s : specs) {
            if (s.name().equals(tensor)) {
                return s;
            }
        }
        throw new ModelRejectedException(file + ": manifest declares no " + kind + " named '" + tensor + "'");
    }

    /** Channel labels in model order (STAN), empty when the model is single-channel. */
    public List<String> channelOrder() {
        List<String> out = new ArrayList<>();
        details.path("channel_order").forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    public double tokenSeconds() {
        return required("token_seconds").asDouble();
    }

    public double gateThreshold() {
        return details.path("gate").path("threshold").asDouble(Double.NaN);
    }

    public int[] epochOffsets() {
        JsonNode n = required("epoch_offsets_in_window");
        int[] out = new int[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asInt();
        }
        return out;
    }

    /** Dense (FMA) FLOPs for one batch row, counted by models/flops.py. */
    public long denseFlopsPerRow() {
        return details.path("flops").path("dense_flops").asLong(0);
    }

    /** Golden files by tensor name, resolved against the models directory. */
    public Map<String, Path> golden(String kind) {
        Map<String, Path> out = new LinkedHashMap<>();
        Path dir = file.getParent();
        details.path("golden")
                .path(kind)
                .properties()
                .forEach(e -> out.put(e.getKey(), dir.resolve(e.getValue().asText())));
        return out;
    }

    private JsonNode required(String key) {
        JsonNode n = details.get(key);
        if (n == null || n.isNull()) {
            throw new ModelRejectedException(file + ": manifest entry '" + name + "' lacks '" + key + "'");
        }
        return n;
    }
}
