package org.seizureforecast.core.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.lang.Nullable;

/** The alarm state of one patient: its policy and its two trackers. Single-threaded. */
final class PatientAlarms {
    private final String patientId;
    private AlarmPolicy policy;
    private final ForecastTracker forecast = new ForecastTracker();
    private final SeizureTracker seizure = new SeizureTracker();
    private @Nullable Alarm openSeizure;

    PatientAlarms(String patientId, AlarmPolicy policy) {
        this.patientId = patientId;
        this.policy = policy;
    }

    AlarmPolicy policy() {
        return policy;
    }

    void policy(AlarmPolicy policy) {
        this.policy = policy;
    }

    AlarmStep onWindow(ScoredInput in) {
        List<Alarm> out = new ArrayList<>(2);
        if (in.afterGap() && seizure.breakStream()) {
            out.add(closeSeizure());
        }
        SeizureTracker.Step step = seizure.update(in.startMicros(), in.endMicros(), in.ictal(), in.artifact(), policy);
        if (step == SeizureTracker.Step.OPENED) {
            openSeizure = raise(AlarmKind.SEIZURE, in, seizure.onsetMicros(), -1, seizure.smoothed());
            out.add(openSeizure);
        } else if (step == SeizureTracker.Step.CLOSED) {
            out.add(closeSeizure());
        }
        if (forecast.update(in.startMicros(), in.endMicros(), in.preictal(), policy)) {
            long until = in.endMicros() + (long) (policy.forecastRefractorySeconds() * 1e6);
            out.add(raise(AlarmKind.FORECAST, in, in.endMicros(), until, forecast.smoothed()));
        }
        return new AlarmStep(forecast.smoothed(), seizure.smoothed(), out);
    }

    /** Closes an open SEIZURE event at the end of the stream (end of a recording). */
    List<Alarm> finish() {
        return seizure.breakStream() ? List.of(closeSeizure()) : List.of();
    }

    private Alarm closeSeizure() {
        Alarm ended =
                Objects.requireNonNull(openSeizure, "no open SEIZURE event").ended(seizure.endMicros(), seizure.peak());
        openSeizure = null;
        return ended;
    }

    private Alarm raise(AlarmKind kind, ScoredInput in, long onset, long end, double score) {
        return new Alarm(
                Alarm.idFor(patientId, kind, onset),
                patientId,
                in.sessionId(),
                kind,
                AlarmState.ACTIVE,
                onset,
                end,
                in.endMicros(),
                score,
                in.models(),
                in.explanation(),
                List.of());
    }

    /** One scored window as the alarm logic needs it. */
    record ScoredInput(
            String sessionId,
            long startMicros,
            long endMicros,
            boolean afterGap,
            double ictal,
            double preictal,
            double artifact,
            List<ModelInfo> models,
            Explanation explanation) {}
}
