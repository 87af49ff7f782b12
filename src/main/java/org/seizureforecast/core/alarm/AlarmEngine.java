package org.seizureforecast.core.alarm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * Per-patient alarm policies applied to scored windows. Time comes only from the windows' EEG
 * timestamps, so live streaming and replay raise the same alarms with the same ids.
 *
 * <p>Not thread-safe: the owner (the stream processor) serialises calls.
 */
public final class AlarmEngine {
    private final Map<String, PatientAlarms> patients = new HashMap<>();
    private final Map<String, AlarmPolicy> policies = new HashMap<>();
    private final AlarmPolicy defaultPolicy;

    public AlarmEngine(AlarmPolicy defaultPolicy) {
        this.defaultPolicy = defaultPolicy;
    }

    public AlarmStep onWindow(AnalysisWindow window, WindowScore score, List<ModelInfo> models) {
        PatientAlarms state = patients.computeIfAbsent(window.patientId(), id -> new PatientAlarms(id, policy(id)));
        return state.onWindow(window, score, models);
    }

    /** Ends the patient's stream (end of a recording): closes an open SEIZURE event. */
    public List<Alarm> finish(String patientId) {
        PatientAlarms state = patients.get(patientId);
        return state == null ? List.of() : state.finish();
    }

    public AlarmPolicy policy(String patientId) {
        return policies.getOrDefault(patientId, defaultPolicy);
    }

    /** Sets one patient's policy; takes effect from the next window. */
    public void setPolicy(String patientId, AlarmPolicy policy) {
        policies.put(patientId, policy);
        PatientAlarms state = patients.get(patientId);
        if (state != null) {
            state.policy(policy);
        }
    }
}
