package org.seizureforecast.adapter.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one owner of the ONNX Runtime sessions. {@link #open} reads {@code manifest.json}, checks
 * every requested model file's SHA-256 and its input/output names, shapes and types against the
 * manifest, and refuses to start otherwise ({@link ModelRejectedException} naming the file and
 * the mismatch). The verified bytes are the bytes loaded, so a file swapped after the check is
 * never run.
 *
 * <p>Threading: sessions are safe for concurrent {@code run} calls, so one instance serves every
 * worker; each worker owns its own {@link OnnxWindowScorer} (buffers are per worker). Lifetime:
 * open once at start, {@link #close} once at shutdown (idempotent; sessions close in reverse
 * order). The ORT environment is a process-wide singleton inside ORT and is left open, so
 * several owners (the bench opens one per thread count) can coexist.
 */
public final class OnnxModels implements AutoCloseable {
    private final OrtEnvironment env;
    private final Manifest manifest;
    private final OnnxOptions options;
    private final OrtSession.SessionOptions sessionOptions;
    private final Map<String, OrtSession> sessions;
    private boolean closed;

    private OnnxModels(
            OrtEnvironment env,
            Manifest manifest,
            OnnxOptions options,
            OrtSession.SessionOptions sessionOptions,
            Map<String, OrtSession> sessions) {
        this.env = env;
        this.manifest = manifest;
        this.options = options;
        this.sessionOptions = sessionOptions;
        this.sessions = sessions;
    }

    /** Opens and verifies {@code options.models()} from {@code modelsDir} (holding manifest.json). */
    public static OnnxModels open(Path modelsDir, OnnxOptions options) {
        Manifest manifest = Manifest.read(modelsDir);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions so = sessionOptions(options);
        Map<String, OrtSession> sessions = new LinkedHashMap<>();
        try {
            for (String name : options.models()) {
                ModelSpec spec = manifest.model(name);
                byte[] bytes = readVerified(spec);
                OrtSession session = createSession(env, spec, bytes, so);
                sessions.put(name, session);
                verifyInterface(spec, session);
            }
        } catch (RuntimeException e) {
            closeAll(sessions);
            so.close();
            throw e;
        }
        return new OnnxModels(env, manifest, options, so, sessions);
    }

    public OrtEnvironment environment() {
        return env;
    }

    public Manifest manifest() {
        return manifest;
    }

    public OnnxOptions options() {
        return options;
    }

    public ModelSpec spec(String name) {
        session(name);
        return manifest.model(name);
    }

    public OrtSession session(String name) {
        if (closed) {
            throw new IllegalStateException("OnnxModels is closed");
        }
        OrtSession s = sessions.get(name);
        if (s == null) {
            throw new IllegalArgumentException("model '" + name + "' was not opened (opened: " + sessions.keySet()
                    + "); add it to OnnxOptions.models");
        }
        return s;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeAll(sessions);
        sessionOptions.close();
    }

    private static OrtSession.SessionOptions sessionOptions(OnnxOptions options) {
        OrtSession.SessionOptions so = new OrtSession.SessionOptions();
        try {
            so.setIntraOpNumThreads(options.intraOpThreads());
            so.setInterOpNumThreads(1);
            so.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            String spin = options.spinning() ? "1" : "0";
            so.addConfigEntry("session.intra_op.allow_spinning", spin);
            so.addConfigEntry("session.inter_op.allow_spinning", spin);
            return so;
        } catch (OrtException e) {
            so.close();
            throw new IllegalStateException("ONNX Runtime rejected the session options " + options, e);
        }
    }

    private static byte[] readVerified(ModelSpec spec) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(spec.file());
        } catch (IOException e) {
            throw new ModelRejectedException(
                    spec.file() + ": cannot read model '" + spec.name() + "' ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    e);
        }
        String actual = sha256(bytes);
        if (!actual.equalsIgnoreCase(spec.sha256())) {
            throw new ModelRejectedException(spec.file() + ": sha256 is " + actual + " but manifest.json says "
                    + spec.sha256() + " (file corrupted or replaced; rerun models/export.sh)");
        }
        return bytes;
    }

    private static OrtSession createSession(
            OrtEnvironment env, ModelSpec spec, byte[] bytes, OrtSession.SessionOptions so) {
        try {
            return env.createSession(bytes, so);
        } catch (OrtException e) {
            throw new ModelRejectedException(spec.file() + ": ONNX Runtime cannot load it: " + e.getMessage(), e);
        }
    }

    private static void verifyInterface(ModelSpec spec, OrtSession session) {
        try {
            check(spec, "input", spec.inputs(), session.getInputInfo());
            check(spec, "output", spec.outputs(), session.getOutputInfo());
        } catch (OrtException e) {
            throw new ModelRejectedException(spec.file() + ": cannot read its inputs/outputs: " + e.getMessage(), e);
        }
    }

    private static void check(ModelSpec spec, String kind, List<TensorSpec> declared, Map<String, NodeInfo> actual) {
        List<String> names = new ArrayList<>();
        declared.forEach(t -> names.add(t.name()));
        if (!names.equals(new ArrayList<>(actual.keySet()))) {
            throw new ModelRejectedException(spec.file() + ": " + kind + " names are " + actual.keySet()
                    + " but manifest.json declares " + names);
        }
        for (TensorSpec t : declared) {
            if (!(actual.get(t.name()).getInfo() instanceof TensorInfo info)) {
                throw new ModelRejectedException(spec.file() + ": " + kind + " '" + t.name() + "' is not a tensor");
            }
            if (!Arrays.equals(info.getShape(), t.shape())) {
                throw new ModelRejectedException(spec.file() + ": " + kind + " '" + t.name() + "' has shape "
                        + Arrays.toString(info.getShape()).replace("-1", "batch") + " but manifest.json declares "
                        + t.shapeText());
            }
            if (info.type != OnnxJavaType.FLOAT || !"float32".equals(t.dtype())) {
                throw new ModelRejectedException(spec.file() + ": " + kind + " '" + t.name() + "' has type " + info.type
                        + ", manifest.json declares " + t.dtype() + " (only float32 is served)");
            }
        }
    }

    private static void closeAll(Map<String, OrtSession> sessions) {
        List<OrtSession> open = new ArrayList<>(sessions.values());
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (OrtException | IllegalStateException e) {
                // closing at shutdown: nothing useful to do but carry on with the rest
            }
        }
        sessions.clear();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
