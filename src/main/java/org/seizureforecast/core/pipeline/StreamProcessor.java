package org.seizureforecast.core.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmStep;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.inference.InferenceException;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FilterBank;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.PatientStream;
import org.seizureforecast.core.signal.Rejection;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * The one engine behind every entry point — Kafka consumer, REST ingest and the offline {@code
 * detect} command — so they cannot disagree: frames in, per-patient stream assembly, batched
 * inference across patients, alarm policy, one {@link ScoredWindow} per window out.
 *
 * <p>Not thread-safe; callers serialise (the service's {@code Processing} holds one lock around it).
 */
public final class StreamProcessor {
    private final StreamSpec spec;
    private final FilterBank filters;
    private final Detectors detectors;
    private final AlarmEngine alarms;
    private final LongSupplier ticker;
    private final Map<String, PatientStream> streams = new HashMap<>();

    /**
     * @param ticker a monotonic nanosecond clock for the stage timings ({@code System::nanoTime} in
     *     the service; anything monotonic elsewhere)
     */
    public StreamProcessor(
            StreamSpec spec, FilterBank filters, Detectors detectors, AlarmEngine alarms, LongSupplier ticker) {
        this.spec = spec;
        this.filters = filters;
        this.detectors = detectors;
        this.alarms = alarms;
        this.ticker = ticker;
    }

    /** A processor timing its stages with {@link System#nanoTime()}. */
    public StreamProcessor(StreamSpec spec, FilterBank filters, Detectors detectors, AlarmEngine alarms) {
        this(spec, filters, detectors, alarms, System::nanoTime);
    }

    /** A processor with one detector for every patient. */
    public StreamProcessor(StreamSpec spec, FilterBank filters, WindowScorer scorer, AlarmEngine alarms) {
        this(spec, filters, Detectors.single("default", scorer), alarms);
    }

    public <T> BatchOutcome<T> process(List<Inbound<T>> batch) {
        long t0 = ticker.getAsLong();
        List<Rejected<T>> rejected = new ArrayList<>();
        List<AnalysisWindow> windows = new ArrayList<>();
        List<Inbound<T>> producers = new ArrayList<>();
        int accepted = 0;
        for (Inbound<T> in : batch) {
            try {
                List<AnalysisWindow> made = assemble(in);
                accepted++;
                for (AnalysisWindow w : made) {
                    windows.add(w);
                    producers.add(in);
                }
            } catch (FrameRejectedException e) {
                rejected.add(new Rejected<>(in.tag(), in.key(), e.reason(), e.getMessage()));
            }
        }
        long t1 = ticker.getAsLong();
        List<WindowScore> scores;
        List<List<ModelInfo>> provenance;
        try {
            scores = new ArrayList<>(windows.size());
            provenance = new ArrayList<>(windows.size());
            score(windows, scores, provenance);
        } catch (InferenceException e) {
            return failedInference(rejected, windows, producers, e, t1 - t0, accepted);
        }
        long t2 = ticker.getAsLong();
        List<ScoredWindow> scored = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            AnalysisWindow w = windows.get(i);
            WindowScore s = scores.get(i);
            List<ModelInfo> models = provenance.get(i);
            AlarmStep step = alarms.onWindow(w, s, models);
            scored.add(new ScoredWindow(
                    w,
                    s,
                    WindowResult.of(w, s, models, step),
                    step.alarms(),
                    producers.get(i).arrivalNanos()));
        }
        long t3 = ticker.getAsLong();
        return new BatchOutcome<>(
                scored, rejected, accepted, windows.size(), new StageTimings(t1 - t0, t2 - t1, t3 - t2));
    }

    /**
     * Scores the windows with each patient's detector: one batched call per detector, results put
     * back in window order. The usual batch has one detector for all, scored without regrouping.
     */
    private void score(List<AnalysisWindow> windows, List<WindowScore> scores, List<List<ModelInfo>> provenance) {
        if (windows.isEmpty()) {
            return;
        }
        Map<String, List<Integer>> byDetector = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            byDetector
                    .computeIfAbsent(detectors.nameFor(windows.get(i).patientId()), k -> new ArrayList<>())
                    .add(i);
        }
        if (byDetector.size() == 1) {
            WindowScorer scorer =
                    detectors.byName(byDetector.keySet().iterator().next());
            scores.addAll(scorer.score(windows));
            provenance.addAll(Collections.nCopies(windows.size(), scorer.models()));
            return;
        }
        scores.addAll(Collections.nCopies(windows.size(), null));
        provenance.addAll(Collections.nCopies(windows.size(), null));
        for (Map.Entry<String, List<Integer>> e : byDetector.entrySet()) {
            WindowScorer scorer = detectors.byName(e.getKey());
            List<AnalysisWindow> batch = new ArrayList<>(e.getValue().size());
            for (int i : e.getValue()) {
                batch.add(windows.get(i));
            }
            List<WindowScore> out = scorer.score(batch);
            for (int k = 0; k < batch.size(); k++) {
                scores.set(e.getValue().get(k), out.get(k));
                provenance.set(e.getValue().get(k), scorer.models());
            }
        }
    }

    /** End of a recording: closes the patient's open SEIZURE event. */
    public List<Alarm> finish(String patientId) {
        return alarms.finish(patientId);
    }

    public AlarmEngine alarms() {
        return alarms;
    }

    public Detectors detectors() {
        return detectors;
    }

    private <T> List<AnalysisWindow> assemble(Inbound<T> in) throws FrameRejectedException {
        FrameRejectedException decodeFailure = in.decodeFailure();
        if (decodeFailure != null) {
            throw decodeFailure;
        }
        EegFrame frame = Objects.requireNonNull(in.frame(), "an inbound frame without a decode failure");
        String key = in.key();
        if (key != null && !key.equals(frame.patientId())) {
            throw new FrameRejectedException(
                    Rejection.PATIENT_MISMATCH,
                    "frame is for patient '" + frame.patientId() + "' but arrived keyed as '" + key + "'");
        }
        PatientStream stream = streams.computeIfAbsent(frame.patientId(), id -> new PatientStream(id, spec, filters));
        return stream.accept(frame);
    }

    private <T> BatchOutcome<T> failedInference(
            List<Rejected<T>> rejected,
            List<AnalysisWindow> windows,
            List<Inbound<T>> producers,
            InferenceException e,
            long assemblyNanos,
            int accepted) {
        // The frames that produced windows go to the dead-letter topic: nothing is silently lost.
        Set<Inbound<T>> failed = Collections.newSetFromMap(new IdentityHashMap<>());
        failed.addAll(producers);
        for (Inbound<T> in : failed) {
            rejected.add(new Rejected<>(in.tag(), in.key(), Rejection.INFERENCE_FAILED, e.getMessage()));
        }
        return new BatchOutcome<>(
                List.of(), rejected, accepted - failed.size(), windows.size(), new StageTimings(assemblyNanos, 0, 0));
    }
}
