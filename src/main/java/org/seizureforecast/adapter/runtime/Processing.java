package org.seizureforecast.adapter.runtime;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.seizureforecast.adapter.metrics.PipelineMetrics;
import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.core.alarm.Acknowledgement;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.monitor.PatientMonitor;
import org.seizureforecast.core.pipeline.BatchOutcome;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.pipeline.Rejected;
import org.seizureforecast.core.pipeline.ScoredWindow;
import org.seizureforecast.core.pipeline.StageTimings;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.signal.Rejection;

/**
 * The only way to the engine, for every transport (Kafka loop, REST ingest, settings): one lock
 * serialises the non-thread-safe {@link StreamProcessor}, and everything it produces leaves from
 * here, in order, to the patient monitor and then every {@link OutcomeSink} (EEG history, SSE,
 * Kafka with its dead letters). The engine itself never leaves this class.
 */
@ApplicationScoped
public class Processing {
    private static final Logger LOG = Logger.getLogger(Processing.class);

    private final StreamProcessor engine;
    private final PatientMonitor monitor;
    private final List<OutcomeSink> sinks;
    private final PipelineMetrics metrics;
    private final ReentrantLock lock = new ReentrantLock();

    /** A patient's settings: the detector that scores it, its alarm policy and that detector's models. */
    public record PatientSettings(String detector, AlarmPolicy policy, List<ModelInfo> models) {}

    /** The detectors on offer: the default with its models, and every name a patient may choose. */
    public record DetectorsOnOffer(String defaultName, List<ModelInfo> defaultModels, List<String> names) {}

    public Processing(
            StreamProcessor engine, PatientMonitor monitor, @All List<OutcomeSink> sinks, PipelineMetrics metrics) {
        this.engine = engine;
        this.monitor = monitor;
        this.sinks = List.copyOf(sinks);
        this.metrics = metrics;
    }

    /**
     * Runs a batch through the engine and fans its output out. An unexpected failure (a bug, not
     * bad data) refuses the whole batch with {@code INFERENCE_FAILED}, so Kafka dead-letters the
     * records instead of losing them and REST answers with a problem document.
     */
    public <T> BatchOutcome<T> process(List<Inbound<T>> batch, Source source) {
        metrics.framesReceived(source, batch.size());
        lock.lock();
        try {
            BatchOutcome<T> out;
            try {
                out = engine.process(batch);
            } catch (RuntimeException e) {
                LOG.errorf(e, "processing a batch of %d %s input(s) failed; refusing them", batch.size(), source);
                out = failed(batch, e);
            }
            StageTimings t = out.timings();
            metrics.stages(
                    t.assemblyNanos(),
                    t.inferenceNanos(),
                    t.alarmNanos(),
                    out.windows().size());
            for (Rejected<T> r : out.rejected()) {
                metrics.rejected(source, r.reason());
                sinks.forEach(s -> s.rejected(source, r));
            }
            long nowMicros = System.currentTimeMillis() * 1000;
            for (ScoredWindow w : out.windows()) {
                monitor.onResult(w.result(), nowMicros);
                sinks.forEach(s -> s.window(w));
                if (w.arrivalNanos() != 0) {
                    metrics.windowPublished(w.arrivalNanos(), System.nanoTime());
                }
                for (Alarm a : w.alarms()) {
                    publishAlarm(monitor.onAlarm(a));
                    if (a.state() == AlarmState.ACTIVE) {
                        metrics.alarmRaised(a.kind(), a.onsetMicros(), a.raisedMicros());
                    }
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    private static <T> BatchOutcome<T> failed(List<Inbound<T>> batch, RuntimeException e) {
        List<Rejected<T>> refused = new ArrayList<>(batch.size());
        for (Inbound<T> in : batch) {
            refused.add(new Rejected<>(in.tag(), in.key(), Rejection.INFERENCE_FAILED, "internal error: " + e));
        }
        return new BatchOutcome<>(List.of(), refused, 0, 0, StageTimings.NONE);
    }

    public PatientSettings settings(String patientId) {
        lock.lock();
        try {
            String detector = engine.detectors().nameFor(patientId);
            return new PatientSettings(
                    detector,
                    engine.alarms().policy(patientId),
                    engine.detectors().byName(detector).models());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Changes a patient's alarm policy fields by name ({@link AlarmPolicy#with}) and, when {@code
     * detector} is not null, its detector, in one step; both take effect from the patient's next
     * window. A bad field or an unknown or unavailable detector changes nothing.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public PatientSettings updateSettings(String patientId, Map<String, ?> policyChanges, String detector) {
        lock.lock();
        try {
            Detectors detectors = engine.detectors();
            AlarmPolicy merged = engine.alarms().policy(patientId).with(policyChanges);
            if (detector != null) {
                detectors.select(patientId, detector);
            }
            engine.alarms().setPolicy(patientId, merged);
            return settings(patientId);
        } finally {
            lock.unlock();
        }
    }

    public DetectorsOnOffer detectors() {
        lock.lock();
        try {
            Detectors d = engine.detectors();
            return new DetectorsOnOffer(
                    d.defaultName(), d.byName(d.defaultName()).models(), List.copyOf(d.names()));
        } finally {
            lock.unlock();
        }
    }

    /** Puts back alarms read from {@code eeg.alarms} after a restart (their latest published state). */
    public void restoreAlarms(List<Alarm> alarms) {
        lock.lock();
        try {
            alarms.forEach(monitor::restore);
        } finally {
            lock.unlock();
        }
    }

    /** Acknowledges an alarm and publishes the updated alarm (with its audit trail). */
    public Optional<Alarm> acknowledge(String alarmId, Acknowledgement ack) {
        lock.lock();
        try {
            Optional<Alarm> acked = monitor.acknowledge(alarmId, ack);
            acked.ifPresent(this::publishAlarm);
            return acked;
        } finally {
            lock.unlock();
        }
    }

    private void publishAlarm(Alarm a) {
        sinks.forEach(s -> s.alarm(a));
    }
}
