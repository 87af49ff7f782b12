package org.seizureforecast.tools.scoring;

/** How szcore-evaluation turns subjects into one dataset result. */
public enum Aggregation {
    /**
     * The default ({@code avg_per_subject=True}): NaN-ignoring mean and population std over
     * the subjects' pooled scores; reports {@code <metric>_std} keys.
     */
    MEAN_OVER_SUBJECTS,
    /** {@code avg_per_subject=False}: all counts pooled into one score; no std keys. */
    POOLED
}
