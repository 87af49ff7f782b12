package org.seizureforecast.adapter.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.seizureforecast.core.inference.InferenceException;

/**
 * Runs one model on up to {@code maxRows} batch rows with no per-call tensor creation.
 *
 * <p>Every input and output has one direct, native-order buffer sized for {@code maxRows}. ORT
 * needs a tensor whose shape matches the batch, so for each batch size actually used a tensor
 * is created once over the first {@code rows} rows of the same buffer (ORT reads and writes
 * direct buffers in place) and cached, with its input map and pinned-output map. Callers write
 * inputs with absolute {@code put}s, call {@link #run}, then read outputs with absolute
 * {@code get}s. Not thread-safe: one instance per worker.
 */
public final class BatchedRunner implements AutoCloseable {
    private final String model;
    private final OrtSession session;
    private final OrtEnvironment env;
    private final int maxRows;
    private final Map<String, Slot> inputs = new LinkedHashMap<>();
    private final Map<String, Slot> outputs = new LinkedHashMap<>();
    private final Binding[] bindings;

    public BatchedRunner(OnnxModels models, String model, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
        }
        ModelSpec spec = models.spec(model);
        this.model = model;
        this.session = models.session(model);
        this.env = models.environment();
        this.maxRows = maxRows;
        spec.inputs().forEach(t -> inputs.put(t.name(), new Slot(t, maxRows)));
        spec.outputs().forEach(t -> outputs.put(t.name(), new Slot(t, maxRows)));
        this.bindings = new Binding[maxRows + 1];
    }

    public int maxRows() {
        return maxRows;
    }

    /** The whole input buffer (all {@code maxRows} rows), row-major; write with absolute puts. */
    public FloatBuffer input(String name) {
        return slot(inputs, name).buffer;
    }

    /** The whole output buffer; rows {@code [0, rows)} hold the last {@link #run}'s results. */
    public FloatBuffer output(String name) {
        return slot(outputs, name).buffer;
    }

    public int inputRowSize(String name) {
        return slot(inputs, name).rowSize;
    }

    /** Runs the model on the first {@code rows} rows of every input; 0 rows is a no-op. */
    public void run(int rows) {
        if (rows == 0) {
            return;
        }
        if (rows < 0 || rows > maxRows) {
            throw new IllegalArgumentException(model + ": rows must be in [0, " + maxRows + "], was " + rows);
        }
        Binding b = bindings[rows];
        if (b == null) {
            b = bind(rows);
            bindings[rows] = b;
        }
        try {
            // outputs are pinned: the results are already in the output buffers; the Result holds
            // nothing of ours but must still be closed
            session.run(b.inputs, b.outputs).close();
        } catch (OrtException e) {
            throw new InferenceException(
                    "model '" + model + "' failed on a batch of " + rows + " rows: " + e.getMessage(), e);
        }
    }

    private Binding bind(int rows) {
        Map<String, OnnxTensor> in = new HashMap<>();
        Map<String, OnnxTensor> out = new HashMap<>();
        try {
            for (Slot s : inputs.values()) {
                in.put(s.spec.name(), s.tensor(env, rows));
            }
            for (Slot s : outputs.values()) {
                out.put(s.spec.name(), s.tensor(env, rows));
            }
        } catch (OrtException e) {
            throw new InferenceException("model '" + model + "': cannot create tensors for " + rows + " rows", e);
        }
        return new Binding(in, out);
    }

    private Slot slot(Map<String, Slot> slots, String name) {
        Slot s = slots.get(name);
        if (s == null) {
            throw new IllegalArgumentException(
                    "model '" + model + "' has no tensor '" + name + "' (has " + slots.keySet() + ")");
        }
        return s;
    }

    @Override
    public void close() {
        inputs.values().forEach(Slot::close);
        outputs.values().forEach(Slot::close);
    }

    private record Binding(Map<String, OnnxTensor> inputs, Map<String, OnnxTensor> outputs) {}

    /** One tensor's buffer and its per-batch-size views. */
    private static final class Slot {
        final TensorSpec spec;
        final int rowSize;
        final FloatBuffer buffer;
        final OnnxTensor[] bySize;

        Slot(TensorSpec spec, int maxRows) {
            this.spec = spec;
            this.rowSize = spec.rowSize();
            this.buffer = ByteBuffer.allocateDirect(Math.multiplyExact(4 * rowSize, maxRows))
                    .order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
            this.bySize = new OnnxTensor[maxRows + 1];
        }

        OnnxTensor tensor(OrtEnvironment env, int rows) throws OrtException {
            if (bySize[rows] == null) {
                long[] shape = spec.shape();
                shape[0] = rows;
                bySize[rows] = OnnxTensor.createTensor(env, buffer.slice(0, rows * rowSize), shape);
            }
            return bySize[rows];
        }

        void close() {
            for (OnnxTensor t : bySize) {
                if (t != null) {
                    t.close();
                }
            }
        }
    }
}
