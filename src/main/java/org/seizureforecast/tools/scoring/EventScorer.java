package org.seizureforecast.tools.scoring;

import java.util.List;

/**
 * Event-based scoring with timescoring v0.0.7 semantics ({@code EventScoring}):
 * <ol>
 *   <li>both tracks are rebuilt on a 10 Hz grid;
 *   <li>each event list is merged ({@link EventLists#merge}) then split ({@link EventLists#split});
 *   <li>refTrue is the number of reference events left;
 *   <li>a reference event is a TP when the hypothesis labels inside its tolerance window
 *       ({@link EventLists#extend}, half-open, clipped to the recording) cover more than
 *       {@code minOverlap + 1e-6} of the window; every label of a TP window is marked;
 *   <li>a hypothesis event is an FP when none of its labels is marked (an event with an empty
 *       label range is therefore an FP).
 * </ol>
 * There is no one-to-one matching: several detections on one seizure give one TP and no FP.
 * Immutable and thread-safe.
 */
public final class EventScorer {

    /** The internal label rate of event scoring. */
    public static final int FS = 10;

    /** A scorer with the SzCORE parameters. */
    public static final EventScorer SZCORE = new EventScorer(EventScoringParameters.SZCORE);

    private final EventScoringParameters parameters;

    public EventScorer(EventScoringParameters parameters) {
        this.parameters = parameters;
    }

    /** Scores a hypothesis against a reference. */
    public EventScore score(EventTrack reference, EventTrack hypothesis) {
        EventTrack ref = prepare(reference.resampledTo(FS));
        EventTrack hyp = prepare(hypothesis.resampledTo(FS));
        boolean[] hypMask = hyp.mask();
        boolean[] tpMask = new boolean[ref.numSamples()];
        double fileDuration = ref.numSamples() / (double) FS;
        List<Interval> windows =
                EventLists.extend(ref.events(), parameters.toleranceStart(), parameters.toleranceEnd(), fileDuration);
        long tp = 0;
        for (Interval w : windows) {
            long from = ref.index(w.start());
            long to = ref.index(w.end());
            double covered = PythonSlice.of(from, to, hypMask.length).count(hypMask) / (double) FS;
            if (covered / (w.end() - w.start()) > parameters.minOverlap() + 1e-6) {
                tp++;
                PythonSlice.of(from, to, tpMask.length).fill(tpMask);
            }
        }
        long fp = 0;
        for (Interval e : hyp.events()) {
            PythonSlice labels = PythonSlice.of(ref.index(e.start()), ref.index(e.end()), tpMask.length);
            if (labels.count(tpMask) == 0) {
                fp++;
            }
        }
        Score score = new Score(tp, fp, ref.events().size(), ref.numSamples(), FS);
        return new EventScore(score, ref.events(), hyp.events());
    }

    private EventTrack prepare(EventTrack track) {
        List<Interval> merged = EventLists.merge(track.events(), parameters.minDurationBetweenEvents());
        return track.withEvents(EventLists.split(merged, parameters.maxEventDuration()));
    }
}
