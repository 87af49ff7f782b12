package org.seizureforecast.tools.scoring.forecast;

import java.util.LinkedHashMap;
import java.util.Map;
import org.seizureforecast.tools.scoring.ScoreReport;

/**
 * The {@code forecast} section of the scoring JSON as ordered maps of plain values (NaN becomes
 * null): the parameters, pooled dataset counts, then per subject and per recording.
 */
public final class ForecastReport {

    private ForecastReport() {}

    /** The section for a dataset result. */
    public static Map<String, Object> section(ForecastEvaluator.Result result, ForecastParameters p) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("sphSeconds", p.sph());
        parameters.put("sopSeconds", p.sop());
        parameters.put("postIctalSeconds", p.postIctal());
        out.put("parameters", parameters);
        out.put("dataset", counts(result.total()));
        Map<String, Object> subjects = new LinkedHashMap<>();
        result.subjects().forEach((name, c) -> subjects.put(name, counts(c)));
        out.put("subjects", subjects);
        Map<String, Object> recordings = new LinkedHashMap<>();
        result.recordings().forEach((path, c) -> recordings.put(path, counts(c)));
        out.put("recordings", recordings);
        return out;
    }

    /** Counts and metrics of one recording, subject or dataset. */
    public static Map<String, Object> counts(ForecastCounts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seizures", c.seizures());
        out.put("predictedSeizures", c.predictedSeizures());
        out.put("sensitivity", ScoreReport.number(c.sensitivity()));
        out.put("alarms", c.alarms());
        out.put("falseAlarms", c.falseAlarms());
        out.put("interictalHours", c.interictalSeconds() / 3600);
        out.put("falseAlarmsPerHour", ScoreReport.number(c.falseAlarmsPerHour()));
        out.put("timeInWarning", ScoreReport.number(c.timeInWarning()));
        return out;
    }
}
