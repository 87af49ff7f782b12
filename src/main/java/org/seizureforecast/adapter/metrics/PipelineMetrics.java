package org.seizureforecast.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.signal.Rejection;

/**
 * Every meter of the pipeline, created once. Tags come from closed sets (source, reason, stage,
 * kind); patient ids never appear in tags. The README lists the meters.
 */
@ApplicationScoped
public class PipelineMetrics {
    /** Where a frame came from. */
    public enum Source {
        KAFKA,
        REST
    }

    private final Map<Source, Counter> framesIn = new EnumMap<>(Source.class);
    private final Map<Source, Map<Rejection, Counter>> rejected = new EnumMap<>(Source.class);
    private final Map<AlarmKind, Counter> alarms = new EnumMap<>(AlarmKind.class);
    private final Timer seizureDelay;
    private final Counter windows;
    private final Timer assembly;
    private final Timer inference;
    private final Timer alarmStage;
    private final Timer latency;
    private final AtomicLong lag = new AtomicLong();

    public PipelineMetrics(MeterRegistry registry) {
        for (Source s : Source.values()) {
            String src = s.name().toLowerCase(Locale.ROOT);
            framesIn.put(
                    s,
                    Counter.builder("eeg.frames.received")
                            .description("EEG frames received")
                            .tag("source", src)
                            .register(registry));
            Map<Rejection, Counter> bySource = new EnumMap<>(Rejection.class);
            for (Rejection r : Rejection.values()) {
                bySource.put(
                        r,
                        Counter.builder("eeg.frames.rejected")
                                .description("EEG frames refused, by reason")
                                .tag("source", src)
                                .tag("reason", r.name())
                                .register(registry));
            }
            rejected.put(s, bySource);
        }
        for (AlarmKind k : AlarmKind.values()) {
            alarms.put(
                    k,
                    Counter.builder("eeg.alarms.raised")
                            .description("alarms raised")
                            .tag("kind", k.name())
                            .register(registry));
        }
        seizureDelay = Timer.builder("eeg.alarm.detection.delay")
                .description("EEG time from a SEIZURE event's onset to the window that raised it")
                .publishPercentiles(0.5, 0.95)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofSeconds(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry);
        windows = Counter.builder("eeg.windows.scored")
                .description("analysis windows scored")
                .register(registry);
        assembly = stage(registry, "assembly");
        inference = stage(registry, "inference");
        alarmStage = stage(registry, "alarm");
        latency = Timer.builder("eeg.window.latency")
                .description("from arrival of the frame completing a window to its score being published")
                .publishPercentiles(0.5, 0.95, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(50_000))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
        Gauge.builder("eeg.consumer.lag", lag, AtomicLong::get)
                .description("records behind the end of eeg.windows, summed over assigned partitions")
                .register(registry);
    }

    private static Timer stage(MeterRegistry registry, String stage) {
        return Timer.builder("eeg.stage.duration")
                .description("processing time per batch, by stage")
                .tag("stage", stage)
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    public void framesReceived(Source source, int n) {
        framesIn.get(source).increment(n);
    }

    public void rejected(Source source, Rejection reason) {
        rejected.get(source).get(reason).increment();
    }

    public void stages(long assemblyNanos, long inferenceNanos, long alarmNanos, int windowCount) {
        assembly.record(assemblyNanos, TimeUnit.NANOSECONDS);
        if (windowCount > 0) {
            inference.record(inferenceNanos, TimeUnit.NANOSECONDS);
            alarmStage.record(alarmNanos, TimeUnit.NANOSECONDS);
            windows.increment(windowCount);
        }
    }

    public void windowPublished(long arrivalNanos, long nowNanos) {
        latency.record(nowNanos - arrivalNanos, TimeUnit.NANOSECONDS);
    }

    /** Counts a new alarm; for SEIZURE also records how long after the onset it was raised. */
    public void alarmRaised(AlarmKind kind, long onsetMicros, long raisedMicros) {
        alarms.get(kind).increment();
        if (kind == AlarmKind.SEIZURE && raisedMicros >= onsetMicros) {
            seizureDelay.record(raisedMicros - onsetMicros, TimeUnit.MICROSECONDS);
        }
    }

    public void consumerLag(long records) {
        lag.set(records);
    }
}
