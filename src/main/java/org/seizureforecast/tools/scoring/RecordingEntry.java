package org.seizureforecast.tools.scoring;

/**
 * One recording of a dataset evaluation.
 *
 * @param relativePath path of the reference TSV below the reference root, with {@code /}
 * @param subject the {@code sub-*} entry it belongs to
 * @param score its scores
 */
public record RecordingEntry(String relativePath, String subject, RecordingScore score) {}
