package org.seizureforecast.tools.scoring;

import java.util.List;

/**
 * The result of event-based scoring: the counts and the events actually scored, i.e. after
 * quantisation, merging and splitting.
 *
 * @param score counts at the internal 10 Hz grid (numSamples = labels, fs = 10)
 * @param referenceEvents reference events after merge and split (seconds)
 * @param hypothesisEvents hypothesis events after merge and split (seconds)
 */
public record EventScore(Score score, List<Interval> referenceEvents, List<Interval> hypothesisEvents) {

    public EventScore {
        referenceEvents = List.copyOf(referenceEvents);
        hypothesisEvents = List.copyOf(hypothesisEvents);
    }
}
