package org.seizureforecast.adapter.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private Pipelines() {}

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
        return new StreamSpec(
                256.0,
                s.windowSeconds(),
                s.hopSeconds(),
                s.minChunkSeconds(),
                s.maxChunkSeconds(),
                s.maxFrameBytes(),
                s.gapToleranceMillis() * 1000);
    }

    public static AlarmPolicy alarmPolicy(ServiceConfig c) {
        ServiceConfig.Alarm a = c.alarm();
        return new AlarmPolicy(
                a.forecastThreshold(),
                a.forecastSmoothingSeconds(),
                a.forecastRefractorySeconds(),
                a.forecastMinCoverage(),
                a.seizureThreshold(),
                a.seizureSmoothingWindows(),
                a.seizureK(),
                a.seizureN(),
                a.seizureEndWindows(),
                a.maxArtifactFraction());
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
     * refused with the reason); the other is loaded if it can be, so patients can be switched to it.
     */
    public static Detectors detectors(ServiceConfig c) {
        Map<String, WindowScorer> available = new LinkedHashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        available.put("baseline", new LineLengthDetector());
        try {
            available.put("onnx", onnx(c.onnx()));
        } catch (RuntimeException e) {
            if ("onnx".equals(c.detector())) {
                throw e;
            }
            unavailable.put("onnx", e.getMessage());
        }
        if (!available.containsKey(c.detector())) {
            throw new IllegalArgumentException(
                    "seizure.detector must be 'baseline' or 'onnx', was '" + c.detector() + "'");
        }
        return new Detectors(c.detector(), available, unavailable);
    }

    public static WindowScorer scorer(ServiceConfig c) {
        return switch (c.detector()) {
            case "baseline" -> new LineLengthDetector();
            case "onnx" -> onnx(c.onnx());
            default ->
                throw new IllegalArgumentException(
                        "seizure.detector must be 'baseline' or 'onnx', was '" + c.detector() + "'");
        };
    }
}
