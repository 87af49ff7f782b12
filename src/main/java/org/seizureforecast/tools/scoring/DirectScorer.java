package org.seizureforecast.tools.scoring;

import java.util.Comparator;
import java.util.List;

/**
 * The "library called directly" mode: the seizure rows of the files, as float-second events
 * sorted by onset, are handed to the scorers without 1 s quantisation, both on a 10 Hz grid of
 * {@code round(recordingDuration * 10)} labels taken from the reference. This is how a user of
 * the timescoring library (not the SzCORE evaluator) would score; it is not the official
 * evaluation. Results on overlapping, empty or out-of-range events reproduce library quirks.
 * Stateless and thread-safe.
 */
public final class DirectScorer {

    private DirectScorer() {}

    /** Sample (1 Hz) and event scores of the direct mode. */
    public record Result(Score sample, EventScore event) {}

    /**
     * Scores the raw events.
     *
     * @param reference the ground truth; must have a row
     * @param hypothesis the detections, or null for none
     */
    public static Result score(AnnotationFile reference, AnnotationFile hypothesis) {
        int labels = (int) Math.rint(reference.recordingDuration() * EventScorer.FS);
        EventTrack ref = new EventTrack(events(reference), labels, EventScorer.FS);
        EventTrack hyp = new EventTrack(hypothesis == null ? List.of() : events(hypothesis), labels, EventScorer.FS);
        return new Result(SampleScorer.score(ref, hyp, SampleScorer.DEFAULT_FS), EventScorer.SZCORE.score(ref, hyp));
    }

    /** The seizure rows as {@code (onset, onset + duration)}, sorted by onset (stable). */
    public static List<Interval> events(AnnotationFile file) {
        return file.seizureRows().stream()
                .map(r -> new Interval(r.onset(), r.end()))
                .sorted(Comparator.comparingDouble(Interval::start))
                .toList();
    }
}
