package org.seizureforecast.tools.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Events plus the label grid they live on: the equivalent of timescoring's
 * {@code Annotation(events, fs, numSamples)}. The events are kept as given (seconds, possibly
 * fractional); the label mask is derived from them on demand, label {@code i} covering
 * {@code [i/fs, (i+1)/fs)} and an event {@code (s, e)} setting labels
 * {@code [round(s*fs), round(e*fs))} with Python slice rules and round-half-to-even.
 *
 * @param events the events in list order (unmodifiable)
 * @param numSamples number of labels
 * @param fs label rate in Hz
 */
public record EventTrack(List<Interval> events, int numSamples, double fs) {

    public EventTrack {
        events = List.copyOf(events);
        if (numSamples < 0) {
            throw new IllegalArgumentException("numSamples must be >= 0, was " + numSamples);
        }
    }

    /** A track with no events. */
    public static EventTrack empty(int numSamples, double fs) {
        return new EventTrack(List.of(), numSamples, fs);
    }

    /** The events of a mask: maximal runs of set labels, boundaries at multiples of 1/fs. */
    public static EventTrack fromMask(boolean[] mask, double fs) {
        List<Interval> runs = new ArrayList<>();
        int i = 0;
        while (i < mask.length) {
            if (mask[i]) {
                int start = i;
                while (i < mask.length && mask[i]) {
                    i++;
                }
                runs.add(new Interval(start / fs, i / fs));
            } else {
                i++;
            }
        }
        return new EventTrack(runs, mask.length, fs);
    }

    /** The label mask of the events. */
    public boolean[] mask() {
        boolean[] mask = new boolean[numSamples];
        for (Interval e : events) {
            sliceOf(e).fill(mask);
        }
        return mask;
    }

    /** The label range an event covers on this grid (Python slice semantics). */
    PythonSlice sliceOf(Interval e) {
        return PythonSlice.of(index(e.start()), index(e.end()), numSamples);
    }

    /** {@code round(t * fs)} with round-half-to-even, as Python's {@code round}. */
    long index(double seconds) {
        return (long) Math.rint(seconds * fs);
    }

    /** The same events on a grid of another rate: {@code round(numSamples / fs * newFs)} labels. */
    public EventTrack resampledTo(double newFs) {
        return new EventTrack(events, (int) Math.rint(numSamples / fs * newFs), newFs);
    }

    /** The same grid with other events. */
    public EventTrack withEvents(List<Interval> newEvents) {
        return new EventTrack(newEvents, numSamples, fs);
    }
}
