package org.seizureforecast.adapter.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.seizureforecast.adapter.metrics.PipelineMetrics;
import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.core.alarm.Acknowledgement;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.monitor.EegHistory;
import org.seizureforecast.core.monitor.PatientMonitor;
import org.seizureforecast.core.pipeline.BatchOutcome;
import org.seizureforecast.core.pipeline.Inbound;
import org.seizureforecast.core.pipeline.Rejected;
import org.seizureforecast.core.pipeline.StreamProcessor;
import org.seizureforecast.core.pipeline.WindowResult;

/**
 * The single entry into the processor for every transport (Kafka loop, REST ingest), and the
 * fan-out of its results to Kafka, the patient monitor, the EEG history and SSE clients. One
 * lock serialises processing and publication, so per-patient order holds across transports.
 */
@ApplicationScoped
public class Processing {
    private final StreamProcessor processor;
    private final PatientMonitor monitor;
    private final EegHistory eeg;
    private final EventHub hub;
    private final PipelineMetrics metrics;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile KafkaPublisher publisher;

    public Processing(
            StreamProcessor processor, PatientMonitor monitor, EegHistory eeg, EventHub hub, PipelineMetrics metrics) {
        this.processor = processor;
        this.monitor = monitor;
        this.eeg = eeg;
        this.hub = hub;
        this.metrics = metrics;
    }

    void attach(KafkaPublisher publisher) {
        this.publisher = publisher;
    }

    public <T> BatchOutcome<T> process(List<Inbound<T>> batch, Source source) {
        metrics.framesReceived(source, batch.size());
        lock.lock();
        try {
            BatchOutcome<T> out = processor.process(batch);
            metrics.stages(
                    out.assemblyNanos(),
                    out.inferenceNanos(),
                    out.alarmNanos(),
                    out.results().size());
            for (Rejected<T> r : out.rejected()) {
                metrics.rejected(source, r.reason());
            }
            long nowMicros = System.currentTimeMillis() * 1000;
            KafkaPublisher kafka = publisher;
            for (int i = 0; i < out.results().size(); i++) {
                WindowResult r = out.results().get(i);
                monitor.onResult(r, nowMicros);
                eeg.record(out.windows().get(i));
                hub.publish(new StreamEvent("score", r.patientId(), r));
                if (kafka != null) {
                    kafka.score(r);
                }
                metrics.windowPublished(out.windowArrivalNanos()[i], System.nanoTime());
            }
            for (Alarm a : out.alarms()) {
                publishAlarm(monitor.onAlarm(a), kafka);
                if (a.state() == AlarmState.ACTIVE) {
                    metrics.alarmRaised(a.kind(), a.onsetMicros(), a.raisedMicros());
                }
            }
            return out;
        } finally {
            lock.unlock();
        }
    }

    public AlarmPolicy policy(String patientId) {
        lock.lock();
        try {
            return processor.alarms().policy(patientId);
        } finally {
            lock.unlock();
        }
    }

    /** The detector that scores the patient. */
    public String detector(String patientId) {
        lock.lock();
        try {
            return processor.detectors().nameFor(patientId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sets a patient's alarm policy and, when {@code detector} is not null, its detector; both
     * take effect from the patient's next window. An unknown or unavailable detector changes nothing.
     */
    public void setPolicy(String patientId, AlarmPolicy policy, String detector) {
        lock.lock();
        try {
            if (detector != null) {
                processor.detectors().select(patientId, detector);
            }
            processor.alarms().setPolicy(patientId, policy);
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
            acked.ifPresent(a -> publishAlarm(a, publisher));
            return acked;
        } finally {
            lock.unlock();
        }
    }

    private void publishAlarm(Alarm a, KafkaPublisher kafka) {
        hub.publish(new StreamEvent("alarm", a.patientId(), a));
        if (kafka != null) {
            kafka.alarm(a);
        }
    }

    public StreamProcessor processor() {
        return processor;
    }
}
