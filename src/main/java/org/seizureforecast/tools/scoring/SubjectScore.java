package org.seizureforecast.tools.scoring;

/**
 * A subject's pooled counts: the sum over its recordings, separately for sample and event
 * scoring (szcore-evaluation's per-subject {@code Result}). Ratios come from the summed counts,
 * not from a mean over recordings.
 *
 * @param subject the {@code sub-*} name
 * @param sample summed sample-based counts
 * @param event summed event-based counts
 */
public record SubjectScore(String subject, Score sample, Score event) {}
