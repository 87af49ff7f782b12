package org.seizureforecast.adapter.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.core.monitor.EegHistory;
import org.seizureforecast.core.signal.StreamSpec;

/**
 * Builds the bounded raw-EEG history that the dashboard's EEG page reads
 * ({@code seizure.history.eeg-minutes}, default 10 min per patient).
 */
@ApplicationScoped
public class EegHistoryWiring {

    @Produces
    @Singleton
    EegHistory eegHistory(ServiceConfig config, StreamSpec spec) {
        return new EegHistory(config.history().eegMinutes() * 60, spec.sampleRate());
    }
}
