package org.seizureforecast.adapter.runtime;

import org.seizureforecast.adapter.metrics.PipelineMetrics.Source;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.pipeline.Rejected;
import org.seizureforecast.core.pipeline.ScoredWindow;

/**
 * A destination of the engine's output (EEG history, SSE clients, Kafka). Every bean of this type
 * is handed to {@link Processing} when it is built; Processing calls them under its lock, so each
 * sees one thread at a time and every patient's output in order.
 */
public interface OutcomeSink {

    /** One scored window. */
    void window(ScoredWindow w);

    /** A new alarm or an update of one (end, acknowledgement), audit trail merged in. */
    void alarm(Alarm a);

    /** An input the engine refused (the REST edge answers these itself; Kafka dead-letters them). */
    default void rejected(Source source, Rejected<?> r) {}
}
