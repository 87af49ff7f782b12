package org.seizureforecast.tools.scoring;

import java.util.List;

/**
 * The result of a dataset evaluation: every recording and every subject, in sorted order, from
 * which the official dataset summary follows.
 *
 * @param recordings per recording, sorted by relative path
 * @param subjects per subject (pooled counts), sorted by name
 */
public record DatasetScore(List<RecordingEntry> recordings, List<SubjectScore> subjects) {

    public DatasetScore {
        recordings = List.copyOf(recordings);
        subjects = List.copyOf(subjects);
    }

    /** Sample-based dataset metrics. */
    public MetricSummary sampleSummary(F1Version version, Aggregation aggregation) {
        return summary(true, version, aggregation);
    }

    /** Event-based dataset metrics. */
    public MetricSummary eventSummary(F1Version version, Aggregation aggregation) {
        return summary(false, version, aggregation);
    }

    private MetricSummary summary(boolean sample, F1Version version, Aggregation aggregation) {
        Score[] scores =
                subjects.stream().map(s -> sample ? s.sample() : s.event()).toArray(Score[]::new);
        if (aggregation == Aggregation.MEAN_OVER_SUBJECTS) {
            return MetricSummary.overSubjects(scores, version);
        }
        // The reference adds its accumulator to itself once, doubling every count; ratios and
        // fpRate are unchanged by that (doubling is exact), so we pool each count once.
        Score total = Score.ZERO;
        for (Score s : scores) {
            total = total.plus(s);
        }
        return MetricSummary.pooled(total, version);
    }
}
