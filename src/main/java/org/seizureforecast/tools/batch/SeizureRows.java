package org.seizureforecast.tools.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.tools.scoring.Detection;

/**
 * SEIZURE alarm events as SzCORE annotation rows: onset and duration in seconds from the start of
 * the recording, confidence = the event's peak smoothed ictal probability. The same conversion
 * serves {@code detect} and the live-versus-offline parity check.
 */
public final class SeizureRows {
    private SeizureRows() {}

    /** Rows for the ENDED SEIZURE events in {@code alarms}, in onset order. */
    public static List<Detection> of(List<Alarm> alarms, long recordingStartMicros) {
        List<Detection> rows = new ArrayList<>();
        alarms.stream()
                .filter(a -> a.kind() == AlarmKind.SEIZURE && a.state() == AlarmState.ENDED)
                .sorted(Comparator.comparingLong(Alarm::onsetMicros))
                .forEach(a -> rows.add(Detection.seizure(
                        (a.onsetMicros() - recordingStartMicros) / 1e6,
                        (a.endMicros() - a.onsetMicros()) / 1e6,
                        Math.min(1.0, Math.max(0.0, a.score())))));
        return rows;
    }
}
