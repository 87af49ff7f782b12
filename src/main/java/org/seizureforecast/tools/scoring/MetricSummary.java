package org.seizureforecast.tools.scoring;

/**
 * The dataset-level metrics of one scoring kind (sample or event), as szcore-evaluation writes
 * them. Undefined values are NaN. For {@link Aggregation#POOLED} the std values are NaN and
 * {@link #hasStd()} is false (the official output then has no {@code _std} keys).
 */
public record MetricSummary(
        double sensitivity,
        double sensitivityStd,
        double precision,
        double precisionStd,
        double f1,
        double f1Std,
        double fpRate,
        double fpRateStd,
        boolean hasStd) {

    /** Mean and std over subjects of each metric, ignoring NaN. */
    static MetricSummary overSubjects(Score[] subjects, F1Version version) {
        double[] s = new double[subjects.length];
        double[] p = new double[subjects.length];
        double[] f = new double[subjects.length];
        double[] r = new double[subjects.length];
        for (int i = 0; i < subjects.length; i++) {
            s[i] = subjects[i].sensitivity();
            p[i] = subjects[i].precision();
            f[i] = subjects[i].f1(version);
            r[i] = subjects[i].fpRate();
        }
        return new MetricSummary(
                NanStatistics.mean(s),
                NanStatistics.std(s),
                NanStatistics.mean(p),
                NanStatistics.std(p),
                NanStatistics.mean(f),
                NanStatistics.std(f),
                NanStatistics.mean(r),
                NanStatistics.std(r),
                true);
    }

    /** The metrics of one pooled score. */
    static MetricSummary pooled(Score total, F1Version version) {
        double nan = Double.NaN;
        return new MetricSummary(
                total.sensitivity(), nan, total.precision(), nan, total.f1(version), nan, total.fpRate(), nan, false);
    }
}
