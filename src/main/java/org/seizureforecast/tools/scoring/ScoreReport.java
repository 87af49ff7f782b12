package org.seizureforecast.tools.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seizureforecast.core.lang.Nullable;

/**
 * The JSON shape of our scoring output, as ordered maps and lists of plain values (String,
 * Boolean, Long, Integer, Double, null) that any JSON library can write. Undefined values (NaN,
 * and the infinite FP rate of a zero-length recording) become {@code null}.
 *
 * <p>Dataset output: the official {@code sample_results} and {@code event_results} (with
 * {@code <metric>_std} keys when averaging over subjects), then {@code subjects} and
 * {@code recordings} with counts and metrics. See {@code docs/scoring.md}.
 */
public final class ScoreReport {

    private ScoreReport() {}

    /** The dataset document. */
    public static Map<String, Object> dataset(DatasetScore score, F1Version version, Aggregation aggregation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sample_results", summary(score.sampleSummary(version, aggregation)));
        out.put("event_results", summary(score.eventSummary(version, aggregation)));
        Map<String, Object> subjects = new LinkedHashMap<>();
        for (SubjectScore s : score.subjects()) {
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("sample", counts(s.sample(), version));
            subject.put("event", counts(s.event(), version));
            subjects.put(s.subject(), subject);
        }
        out.put("subjects", subjects);
        Map<String, Object> recordings = new LinkedHashMap<>();
        for (RecordingEntry r : score.recordings()) {
            Map<String, Object> recording = new LinkedHashMap<>();
            recording.put("subject", r.subject());
            recording.putAll(recording(r.score(), version));
            recordings.put(r.relativePath(), recording);
        }
        out.put("recordings", recordings);
        return out;
    }

    /** One recording: duration, hypothesis status, sample and event blocks. */
    public static Map<String, Object> recording(RecordingScore score, F1Version version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recordingDuration", number(score.recordingDuration()));
        out.put("hypothesisPresent", score.hypothesisPresent());
        out.put("hypothesisReplacedByEmpty", fallback(score.fallback()));
        out.put("sample", counts(score.sample(), version));
        Map<String, Object> event = counts(score.event().score(), version);
        event.put("refEvents", events(score.event().referenceEvents()));
        event.put("hypEvents", events(score.event().hypothesisEvents()));
        out.put("event", event);
        return out;
    }

    /** Counts and metrics of one score; {@code f1} of the requested version. */
    public static Map<String, Object> counts(Score s, F1Version version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tp", s.tp());
        out.put("fp", s.fp());
        out.put("fn", s.fn());
        out.put("refTrue", s.refTrue());
        out.put("numSamples", s.numSamples());
        out.put("fs", s.fs());
        out.put("sensitivity", number(s.sensitivity()));
        out.put("precision", number(s.precision()));
        out.put("f1", number(s.f1(version)));
        out.put("fpRate", number(s.fpRate()));
        return out;
    }

    /** The official summary keys, in the official order. */
    public static Map<String, Object> summary(MetricSummary m) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "sensitivity", m.sensitivity(), m.sensitivityStd(), m.hasStd());
        put(out, "precision", m.precision(), m.precisionStd(), m.hasStd());
        put(out, "f1", m.f1(), m.f1Std(), m.hasStd());
        put(out, "fpRate", m.fpRate(), m.fpRateStd(), m.hasStd());
        return out;
    }

    /** A double, or null when it is NaN or infinite (JSON has neither). */
    public static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static void put(Map<String, Object> out, String metric, double mean, double std, boolean hasStd) {
        out.put(metric, number(mean));
        if (hasStd) {
            out.put(metric + "_std", number(std));
        }
    }

    private static @Nullable Map<String, Object> fallback(@Nullable HypothesisFallback fallback) {
        if (fallback == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("stage", fallback.stage().label());
        out.put("message", fallback.referenceMessage());
        out.put("explanation", fallback.explanation());
        return out;
    }

    private static List<List<Double>> events(List<Interval> events) {
        List<List<Double>> out = new ArrayList<>(events.size());
        for (Interval e : events) {
            out.add(List.of(e.start(), e.end()));
        }
        return out;
    }
}
