package org.seizureforecast.adapter.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.monitor.EegHistory;
import org.seizureforecast.core.pipeline.ScoredWindow;

/** Keeps every scored window's filtered samples in the bounded EEG history (the EEG page). */
@ApplicationScoped
class EegHistorySink implements OutcomeSink {
    private final EegHistory history;

    EegHistorySink(EegHistory history) {
        this.history = history;
    }

    @Override
    public void window(ScoredWindow w) {
        history.record(w);
    }

    @Override
    public void alarm(Alarm a) {}
}
