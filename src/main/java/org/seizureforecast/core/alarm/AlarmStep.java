package org.seizureforecast.core.alarm;

import java.util.List;

/**
 * What the alarm engine made of one scored window.
 *
 * @param smoothedRisk moving average of preictal risk over the forecast smoothing span
 * @param smoothedIctal short moving average of ictal probability
 * @param alarms alarm events emitted at this window (new alarms and SEIZURE ends), in order
 */
public record AlarmStep(double smoothedRisk, double smoothedIctal, List<Alarm> alarms) {
    public AlarmStep {
        alarms = List.copyOf(alarms);
    }
}
