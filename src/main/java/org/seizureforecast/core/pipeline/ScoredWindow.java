package org.seizureforecast.core.pipeline;

import java.util.List;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * What the engine made of one analysis window, the one shape every consumer of its output reads:
 * the window itself (filtered samples, for the EEG history), the detector's score (with its
 * explanation), the published per-window record, the alarm events this window emitted, and when
 * the frame that completed it arrived.
 *
 * @param result what {@code eeg.scores}, REST and SSE publish for the window; small and free of
 *     samples, so it is what histories keep
 * @param alarms alarm events emitted at this window (new alarms and SEIZURE ends), in order
 * @param arrivalNanos the completing frame's {@link Inbound#arrivalNanos()}
 */
public record ScoredWindow(
        AnalysisWindow window, WindowScore score, WindowResult result, List<Alarm> alarms, long arrivalNanos) {

    public ScoredWindow {
        alarms = List.copyOf(alarms);
    }

    public String patientId() {
        return window.patientId();
    }
}
