package org.seizureforecast.adapter.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.adapter.onnx.OnnxOptions;
import org.seizureforecast.adapter.onnx.OwnedOnnxScorer;
import org.seizureforecast.adapter.onnx.ScorerOptions;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.inference.LineLengthDetector;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.signal.FilterBank;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * Builds core objects from configuration, for the service ({@link CoreWiring}) and the batch
 * commands alike, so {@code detect} runs exactly the pipeline {@code serve} runs.
 */
public final class Pipelines {
    /** Every detector by name: the one place a name becomes a scorer. */
    private static final Map<String, Function<ServiceConfig, WindowScorer>> DETECTORS = detectorFactories();

    private static final String ALARM_PREFIX = "seizure.alarm.";

    private Pipelines() {}

    private static Map<String, Function<ServiceConfig, WindowScorer>> detectorFactories() {
        Map<String, Function<ServiceConfig, WindowScorer>> m = new LinkedHashMap<>();
        m.put("baseline", c -> new LineLengthDetector());
        m.put("onnx", c -> onnx(c.onnx()));
        return m;
    }

    private static WindowScorer onnx(ServiceConfig.Onnx o) {
        OnnxOptions ort = OnnxOptions.DEFAULT.withThreads(o.intraOpThreads());
        ort = new OnnxOptions(
                ort.intraOpThreads(), o.spinning(), List.of(o.stanModel(), "atat_ae", "atat_transformer"));
        ScorerOptions options = ScorerOptions.DEFAULT
                .withStanModel(o.stanModel())
                .withMaxBatchWindows(o.maxBatchWindows())
                .withArtifactRemoval(o.artifactRemoval())
                .withGateThreshold(o.gateThreshold().orElse(Double.NaN));
        return OwnedOnnxScorer.open(Path.of(o.modelsDir()), ort, options);
    }

    public static StreamSpec streamSpec(ServiceConfig c) {
        ServiceConfig.Stream s = c.stream();
        StreamSpec d = StreamSpec.DEFAULT;
        return new StreamSpec(
                d.sampleRate(),
                s.windowSeconds().orElse(d.windowSeconds()),
                s.hopSeconds().orElse(d.hopSeconds()),
                s.minChunkSeconds().orElse(d.minChunkSeconds()),
                s.maxChunkSeconds().orElse(d.maxChunkSeconds()),
                s.maxFrameBytes().orElse(d.maxFrameBytes()),
                s.gapToleranceMillis().isPresent()
                        ? s.gapToleranceMillis().getAsLong() * 1000
                        : d.gapToleranceMicros());
    }

    /**
     * The default alarm policy: {@link AlarmPolicy#DEFAULT} with every field set in configuration
     * as {@code seizure.alarm.<field-name>} (e.g. {@code seizure.alarm.seizure-k}, or {@code
     * SEIZURE_ALARM_SEIZURE_K} in the environment).
     *
     * @throws IllegalArgumentException naming the key of an unknown field or a bad value, so
     *     start-up stops with it
     */
    public static AlarmPolicy alarmPolicy(ServiceConfig c) {
        return alarmPolicy(c.alarm().keySet(), ConfigProvider.getConfig());
    }

    /**
     * @param keys the keys under {@code seizure.alarm.} the configuration holds (a typo must not
     *     pass unseen)
     * @param config where the values are read by their full names, so every source counts,
     *     environment variables included
     */
    static AlarmPolicy alarmPolicy(Set<String> keys, Config config) {
        Map<String, String> fieldsByKey = new LinkedHashMap<>();
        AlarmPolicy.fieldNames().forEach(f -> fieldsByKey.put(kebab(f), f));
        Set<String> known = new HashSet<>();
        fieldsByKey.keySet().forEach(k -> known.add(letters(k)));
        for (String key : keys) {
            // an environment variable reaches the map with its words split by dots
            if (!known.contains(letters(key))) {
                throw new IllegalArgumentException("configuration " + ALARM_PREFIX + key
                        + " is not an alarm policy field; known: " + fieldsByKey.keySet());
            }
        }
        Map<String, String> set = new HashMap<>();
        fieldsByKey.forEach((key, field) ->
                config.getOptionalValue(ALARM_PREFIX + key, String.class).ifPresent(v -> set.put(field, v)));
        try {
            return AlarmPolicy.DEFAULT.with(set);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration " + ALARM_PREFIX + "*: " + e.getMessage(), e);
        }
    }

    private static String letters(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** {@code seizureK} to {@code seizure-k}, the configuration's spelling of a field name. */
    static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    public static FilterBank filterBank(ServiceConfig c) {
        ServiceConfig.Filter f = c.filter();
        return new IirjFilterBank(
                new FilterSpec(f.lowHz(), f.highHz(), f.order(), f.notchHz(), f.notchWidthHz(), f.notchOrder()));
    }

    /** A fresh processor (its own streams and alarm state) running the configured detector only. */
    public static StreamProcessor processor(ServiceConfig c) {
        return new StreamProcessor(
                streamSpec(c),
                filterBank(c),
                Detectors.single(c.detector(), scorer(c)),
                new AlarmEngine(alarmPolicy(c)));
    }

    /**
     * Every detector the service can offer: the configured default must load (else start-up is
     * refused with the reason); the others are loaded if they can be, so patients can be switched to them.
     */
    public static Detectors detectors(ServiceConfig c) {
        requireKnown(c.detector());
        Map<String, WindowScorer> available = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (Map.Entry<String, Function<ServiceConfig, WindowScorer>> d : DETECTORS.entrySet()) {
            try {
                available.put(d.getKey(), d.getValue().apply(c));
            } catch (RuntimeException e) {
                if (d.getKey().equals(c.detector())) {
                    available.values().forEach(WindowScorer::close);
                    throw e;
                }
                unavailable.put(d.getKey(), e.getMessage());
            }
        }
        return new Detectors(c.detector(), available, unavailable);
    }

    /** The configured default detector alone. */
    public static WindowScorer scorer(ServiceConfig c) {
        requireKnown(c.detector());
        return DETECTORS.get(c.detector()).apply(c);
    }

    private static void requireKnown(String detector) {
        if (!DETECTORS.containsKey(detector)) {
            throw new IllegalArgumentException(
                    "seizure.detector must be one of " + DETECTORS.keySet() + ", was '" + detector + "'");
        }
    }
}
