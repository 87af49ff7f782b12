package org.seizureforecast.core.monitor;

import java.util.List;
import org.seizureforecast.core.lang.Nullable;
import org.seizureforecast.core.pipeline.WindowResult;

/**
 * What a monitoring screen shows for one patient.
 *
 * @param lastArrivalMicros wall-clock time the last window was scored (for freshness), epoch µs
 * @param latest the most recent window's result
 * @param alarmState {@code SEIZURE} while a seizure alarm is active, {@code FORECAST} inside a
 *     forecast warning period, otherwise {@code NONE}
 * @param unacknowledgedAlarms alarms nobody has acknowledged yet
 */
public record PatientStatus(
        String patientId,
        long lastArrivalMicros,
        @Nullable WindowResult latest,
        String alarmState,
        int unacknowledgedAlarms,
        long windowsScored,
        List<String> missingChannels) {}
