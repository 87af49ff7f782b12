package org.seizureforecast.adapter.runtime;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.pipeline.ScoredWindow;

/**
 * Fans scores and alarms out to every connected SSE client. Slow clients drop events rather than
 * slow the pipeline down (each subscriber gets a bounded buffer).
 */
@ApplicationScoped
public class EventHub implements OutcomeSink {
    private final BroadcastProcessor<StreamEvent> processor = BroadcastProcessor.create();

    @Override
    public void window(ScoredWindow w) {
        processor.onNext(new StreamEvent("score", w.patientId(), w.result()));
    }

    @Override
    public void alarm(Alarm a) {
        processor.onNext(new StreamEvent("alarm", a.patientId(), a));
    }

    /** Events of one patient, or of all patients when {@code patientId} is null. */
    public Multi<StreamEvent> events(String patientId) {
        Multi<StreamEvent> all = processor.onOverflow().bufferUnconditionally();
        return patientId == null ? all : all.select().where(e -> patientId.equals(e.patientId()));
    }
}
