package org.seizureforecast.core.alarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.lang.Nullable;
import org.seizureforecast.core.signal.AnalysisWindow;

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

    AlarmStep onWindow(AnalysisWindow w, WindowScore s, List<ModelInfo> models) {
        List<Alarm> out = new ArrayList<>(2);
        if (w.afterGap() && seizure.breakStream()) {
            out.add(closeSeizure());
        }
        SeizureTracker.Step step =
                seizure.update(w.startMicros(), w.endMicros(), s.ictalProbability(), s.artifactFraction(), policy);
        if (step == SeizureTracker.Step.OPENED) {
            openSeizure = raise(AlarmKind.SEIZURE, w, s, models, seizure.onsetMicros(), -1, seizure.smoothed());
            out.add(openSeizure);
        } else if (step == SeizureTracker.Step.CLOSED) {
            out.add(closeSeizure());
        }
        if (forecast.update(w.startMicros(), w.endMicros(), s.preictalRisk(), policy)) {
            long until = w.endMicros() + (long) (policy.forecastRefractorySeconds() * 1e6);
            out.add(raise(AlarmKind.FORECAST, w, s, models, w.endMicros(), until, forecast.smoothed()));
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

    private Alarm raise(
            AlarmKind kind,
            AnalysisWindow w,
            WindowScore s,
            List<ModelInfo> models,
            long onset,
            long end,
            double score) {
        return new Alarm(
                Alarm.idFor(patientId, kind, onset),
                patientId,
                w.sessionId(),
                kind,
                AlarmState.ACTIVE,
                onset,
                end,
                w.endMicros(),
                score,
                models,
                s.explanation(),
                List.of());
    }
}
