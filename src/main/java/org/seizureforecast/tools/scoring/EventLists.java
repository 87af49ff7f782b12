package org.seizureforecast.tools.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The list operations of timescoring's event scoring, with its exact semantics. They assume a
 * sorted, non-overlapping list (which the official pipeline always provides); on other input
 * they behave as the library does, e.g. a merge keeps the later event's end even when the
 * earlier one reaches further.
 */
public final class EventLists {

    private EventLists() {}

    /**
     * Merges neighbours: walking the list, while {@code start(current) - end(previous) < minGap}
     * (strictly) the previous event becomes {@code (start(previous), end(current))} and the
     * current one is dropped. Chains merge transitively; a gap of exactly {@code minGap} stays.
     */
    public static List<Interval> merge(List<Interval> events, double minGap) {
        List<Interval> out = new ArrayList<>(events);
        int i = 1;
        while (i < out.size()) {
            Interval previous = out.get(i - 1);
            Interval current = out.get(i);
            if (current.start() - previous.end() < minGap) {
                out.set(i - 1, new Interval(previous.start(), current.end()));
                out.remove(i);
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Splits every event longer than {@code maxDuration} (strictly) into {@code [s, s + max)}
     * and a remainder that is tested again: pieces of exactly {@code maxDuration} followed by one
     * shorter piece. The pieces are adjacent and are not merged back.
     */
    public static List<Interval> split(List<Interval> events, double maxDuration) {
        List<Interval> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            Interval e = out.get(i);
            if (e.end() - e.start() > maxDuration) {
                double cut = e.start() + maxDuration;
                out.set(i, new Interval(e.start(), cut));
                out.add(i + 1, new Interval(cut, e.end()));
            }
        }
        return out;
    }

    /**
     * The tolerance window of each event, {@code [max(0, s - before), min(duration, e + after))}.
     */
    public static List<Interval> extend(List<Interval> events, double before, double after, double fileDuration) {
        List<Interval> out = new ArrayList<>(events.size());
        for (Interval e : events) {
            double start = e.start() - before;
            double end = e.end() + after;
            // Python's max(0, x) and min(d, x) keep the first argument unless the second wins strictly.
            out.add(new Interval(start > 0 ? start : 0, end < fileDuration ? end : fileDuration));
        }
        return out;
    }
}
