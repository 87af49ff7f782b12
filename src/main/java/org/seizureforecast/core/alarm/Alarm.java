package org.seizureforecast.core.alarm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.ModelInfo;

/**
 * An alarm event. Times are EEG time (epoch µs), so replaying a recording reproduces the same
 * alarms with the same ids. A SEIZURE alarm is first emitted {@link AlarmState#ACTIVE} with {@code
 * endMicros = -1} and emitted again, same id, as {@link AlarmState#ENDED} with its end; a FORECAST
 * alarm is emitted once, its {@code endMicros} being the end of its warning period.
 *
 * @param onsetMicros SEIZURE: start of the first window of the detection; FORECAST: when risk crossed
 * @param raisedMicros EEG time at which the alarm was decided (end of the deciding window)
 * @param score the smoothed probability that triggered the alarm (peak so far for SEIZURE)
 * @param acknowledgements the audit trail, oldest first
 */
public record Alarm(
        String id,
        String patientId,
        String sessionId,
        AlarmKind kind,
        AlarmState state,
        long onsetMicros,
        long endMicros,
        long raisedMicros,
        double score,
        List<ModelInfo> models,
        Explanation explanation,
        List<Acknowledgement> acknowledgements) {

    public Alarm {
        models = List.copyOf(models);
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** Same patient, kind and onset give the same id, whatever the run: replay equals live. */
    public static String idFor(String patientId, AlarmKind kind, long onsetMicros) {
        String name = patientId + '|' + kind + '|' + onsetMicros;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public boolean acknowledged() {
        return !acknowledgements.isEmpty();
    }

    Alarm ended(long end, double peak) {
        return new Alarm(
                id,
                patientId,
                sessionId,
                kind,
                AlarmState.ENDED,
                onsetMicros,
                end,
                raisedMicros,
                peak,
                models,
                explanation,
                acknowledgements);
    }

    /** A copy with one more audit entry. */
    public Alarm withAcknowledgement(Acknowledgement ack) {
        List<Acknowledgement> trail = new ArrayList<>(acknowledgements);
        trail.add(ack);
        return new Alarm(
                id,
                patientId,
                sessionId,
                kind,
                state,
                onsetMicros,
                endMicros,
                raisedMicros,
                score,
                models,
                explanation,
                trail);
    }
}
