package org.seizureforecast.adapter.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code models/manifest.json}, written by {@code models/export.sh}: what each model file must be. */
public final class Manifest {
    public static final String FILE_NAME = "manifest.json";

    private final Path path;
    private final Map<String, ModelSpec> models;

    private Manifest(Path path, Map<String, ModelSpec> models) {
        this.path = path;
        this.models = models;
    }

    public static Manifest read(Path modelsDir) {
        Path path = modelsDir.resolve(FILE_NAME);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new ModelRejectedException(
                    path + ": cannot read the model manifest (" + e.getMessage() + "); run models/export.sh", e);
        }
        JsonNode entries = root.path("models");
        if (!entries.isObject() || entries.isEmpty()) {
            throw new ModelRejectedException(path + ": no 'models' object");
        }
        Map<String, ModelSpec> models = new LinkedHashMap<>();
        entries.properties().forEach(e -> models.put(e.getKey(), parse(path, modelsDir, e.getKey(), e.getValue())));
        return new Manifest(path, models);
    }

    public Path path() {
        return path;
    }

    public ModelSpec model(String name) {
        ModelSpec spec = models.get(name);
        if (spec == null) {
            throw new ModelRejectedException(path + ": no model named '" + name + "' (has " + models.keySet() + ")");
        }
        return spec;
    }

    public Map<String, ModelSpec> models() {
        return Map.copyOf(models);
    }

    private static ModelSpec parse(Path manifest, Path dir, String name, JsonNode n) {
        String file = text(manifest, name, n, "file");
        return new ModelSpec(
                name,
                dir.resolve(file),
                text(manifest, name, n, "sha256"),
                text(manifest, name, n, "version"),
                tensors(manifest, name, n, "inputs"),
                tensors(manifest, name, n, "outputs"),
                n);
    }

    private static List<TensorSpec> tensors(Path manifest, String model, JsonNode n, String key) {
        JsonNode list = n.path(key);
        if (!list.isArray() || list.isEmpty()) {
            throw new ModelRejectedException(manifest + ": model '" + model + "' has no '" + key + "' list");
        }
        List<TensorSpec> out = new ArrayList<>();
        for (JsonNode t : list) {
            JsonNode dims = t.path("shape");
            long[] shape = new long[dims.size()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = dims.get(i).isTextual() ? -1 : dims.get(i).asLong();
            }
            out.add(new TensorSpec(text(manifest, model, t, "name"), shape, text(manifest, model, t, "dtype")));
        }
        return out;
    }

    private static String text(Path manifest, String model, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new ModelRejectedException(manifest + ": model '" + model + "' lacks text field '" + key + "'");
        }
        return v.asText();
    }
}
