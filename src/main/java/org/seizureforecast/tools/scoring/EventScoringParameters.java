package org.seizureforecast.tools.scoring;

/**
 * Parameters of event-based scoring, in seconds. {@link #SZCORE} holds the timescoring
 * defaults, which SzCORE and its challenge use.
 *
 * @param toleranceStart a detection may start this long before a reference event (30 s)
 * @param toleranceEnd a detection may end this long after a reference event (60 s)
 * @param minOverlap relative overlap a window needs to count as detected; 0 = any overlap
 * @param maxEventDuration events longer than this are split into pieces of this length (300 s)
 * @param minDurationBetweenEvents events closer than this are merged (90 s)
 */
public record EventScoringParameters(
        double toleranceStart,
        double toleranceEnd,
        double minOverlap,
        double maxEventDuration,
        double minDurationBetweenEvents) {

    /** The SzCORE (timescoring default) parameters. */
    public static final EventScoringParameters SZCORE = new EventScoringParameters(30, 60, 0, 300, 90);

    public EventScoringParameters {
        if (!(maxEventDuration > 0)) {
            throw new IllegalArgumentException("maxEventDuration must be > 0, was " + maxEventDuration);
        }
    }
}
