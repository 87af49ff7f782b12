package org.seizureforecast.tools.scoring;

/**
 * Turns an annotation file into 1 s labels exactly as the official evaluator does
 * ({@code epilepsy2bids Annotations.getMask(1)}): {@code int(recordingDuration)} labels, and
 * for every seizure row the labels {@code [int(onset), int(onset + duration))} set, the sum
 * taken in double and both ends truncated toward zero, with Python slice rules (an end past the
 * recording is clipped; a negative start counts from the end, so such a row usually sets
 * nothing). An event shorter than the distance to the next whole second therefore vanishes.
 */
public final class LabelQuantiser {

    private LabelQuantiser() {}

    /** The 1 Hz label mask of a file with at least one row. */
    public static boolean[] oneSecondLabels(AnnotationFile file) {
        boolean[] mask = new boolean[file.labelCount()];
        for (AnnotationRow row : file.seizureRows()) {
            PythonSlice.of((long) row.onset(), (long) row.end(), mask.length).fill(mask);
        }
        return mask;
    }

    /** The events of the 1 Hz labels: maximal runs, whole-second boundaries. */
    public static EventTrack oneSecondEvents(AnnotationFile file) {
        return EventTrack.fromMask(oneSecondLabels(file), 1);
    }
}
