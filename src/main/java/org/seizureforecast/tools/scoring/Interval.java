package org.seizureforecast.tools.scoring;

/**
 * An event as a time span in seconds from the start of the recording, {@code [start, end)}.
 * No ordering is enforced: the reference library accepts (and mis-scores) reversed or
 * out-of-range spans when called directly, and so do we.
 *
 * @param start seconds
 * @param end seconds
 */
public record Interval(double start, double end) {

    /** {@code end - start} in seconds. */
    public double duration() {
        return end - start;
    }
}
