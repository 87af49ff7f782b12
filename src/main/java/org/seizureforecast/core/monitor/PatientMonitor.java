package org.seizureforecast.core.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.seizureforecast.core.alarm.Acknowledgement;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.lang.Nullable;
import org.seizureforecast.core.pipeline.WindowResult;

/**
 * The live picture of every patient for REST and the dashboard: latest status, a bounded score
 * history and a bounded alarm history with its acknowledgement audit trail.
 *
 * <p>Thread-safe: written by the processing thread, read by HTTP threads. Memory per patient is
 * bounded by the history capacity and the alarm limit.
 */
public final class PatientMonitor {
    private final int historyCapacity;
    private final int alarmsPerPatient;
    private final Map<String, Entry> patients = new LinkedHashMap<>();
    private final Map<String, Alarm> alarmsById = new HashMap<>();

    private static final class Entry {
        final ScoreHistory history;
        final ArrayDeque<String> alarmIds = new ArrayDeque<>();

        @Nullable
        WindowResult latest;

        long lastArrivalMicros;
        long windows;

        Entry(int capacity) {
            history = new ScoreHistory(capacity);
        }
    }

    public PatientMonitor(int historyCapacity, int alarmsPerPatient) {
        this.historyCapacity = historyCapacity;
        this.alarmsPerPatient = alarmsPerPatient;
    }

    /** Records one window's result; {@code nowMicros} is the wall clock, for freshness only. */
    public synchronized void onResult(WindowResult r, long nowMicros) {
        Entry e = patients.computeIfAbsent(r.patientId(), id -> new Entry(historyCapacity));
        e.latest = r;
        e.lastArrivalMicros = nowMicros;
        e.windows++;
        e.history.add(r);
    }

    /** Records a new alarm or an update of a known one (same id), keeping its audit trail. */
    public synchronized Alarm onAlarm(Alarm alarm) {
        Entry e = patients.computeIfAbsent(alarm.patientId(), id -> new Entry(historyCapacity));
        Alarm known = alarmsById.get(alarm.id());
        Alarm merged = alarm;
        if (known != null) {
            for (Acknowledgement a : known.acknowledgements()) {
                merged = merged.withAcknowledgement(a);
            }
        } else {
            e.alarmIds.addLast(alarm.id());
            while (e.alarmIds.size() > alarmsPerPatient) {
                alarmsById.remove(e.alarmIds.removeFirst());
            }
        }
        alarmsById.put(alarm.id(), merged);
        return merged;
    }

    /**
     * Puts back an alarm as it was last published (after a restart), audit trail included;
     * unlike {@link #onAlarm} it replaces what is known instead of merging acknowledgements.
     */
    public synchronized void restore(Alarm alarm) {
        Entry e = patients.computeIfAbsent(alarm.patientId(), id -> new Entry(historyCapacity));
        if (alarmsById.put(alarm.id(), alarm) == null) {
            e.alarmIds.addLast(alarm.id());
            while (e.alarmIds.size() > alarmsPerPatient) {
                alarmsById.remove(e.alarmIds.removeFirst());
            }
        }
    }

    public synchronized Optional<Alarm> acknowledge(String alarmId, Acknowledgement ack) {
        Alarm a = alarmsById.get(alarmId);
        if (a == null) {
            return Optional.empty();
        }
        Alarm acked = a.withAcknowledgement(ack);
        alarmsById.put(alarmId, acked);
        return Optional.of(acked);
    }

    public synchronized Optional<Alarm> alarm(String alarmId) {
        return Optional.ofNullable(alarmsById.get(alarmId));
    }

    /** Alarms of one patient (or all when null) with onset in [since, until], newest first. */
    public synchronized List<Alarm> alarms(String patientId, long sinceMicros, long untilMicros) {
        List<Alarm> out = new ArrayList<>();
        for (Map.Entry<String, Entry> p : patients.entrySet()) {
            if (patientId != null && !patientId.equals(p.getKey())) {
                continue;
            }
            for (String id : p.getValue().alarmIds) {
                Alarm a = alarmsById.get(id);
                if (a != null && a.onsetMicros() >= sinceMicros && a.onsetMicros() <= untilMicros) {
                    out.add(a);
                }
            }
        }
        out.sort(Comparator.comparingLong(Alarm::onsetMicros).reversed());
        return out;
    }

    public synchronized List<PatientStatus> patients() {
        List<PatientStatus> out = new ArrayList<>();
        for (String id : patients.keySet()) {
            out.add(status(id));
        }
        return out;
    }

    public synchronized Optional<PatientStatus> patient(String patientId) {
        return patients.containsKey(patientId) ? Optional.of(status(patientId)) : Optional.empty();
    }

    public synchronized List<ScorePoint> history(String patientId, long fromMicros, long toMicros, int maxPoints) {
        Entry e = patients.get(patientId);
        return e == null ? List.of() : e.history.between(fromMicros, toMicros, maxPoints);
    }

    private PatientStatus status(String id) {
        Entry e = Objects.requireNonNull(patients.get(id), id);
        long now = e.latest == null ? Long.MIN_VALUE : e.latest.endMicros();
        String state = "NONE";
        int unacked = 0;
        for (String alarmId : e.alarmIds) {
            Alarm a = alarmsById.get(alarmId);
            if (a == null) {
                continue;
            }
            if (!a.acknowledged()) {
                unacked++;
            }
            if (a.kind() == AlarmKind.SEIZURE && a.state() == AlarmState.ACTIVE) {
                state = "SEIZURE";
            } else if (a.kind() == AlarmKind.FORECAST && a.endMicros() > now && !"SEIZURE".equals(state)) {
                state = "FORECAST";
            }
        }
        return new PatientStatus(
                id,
                e.lastArrivalMicros,
                e.latest,
                state,
                unacked,
                e.windows,
                e.latest == null ? List.of() : e.latest.missingChannels());
    }
}
