package org.seizureforecast.tools.scoring.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.seizureforecast.tools.scoring.Interval;

/** Union and clipping of time spans in seconds. */
final class Spans {

    private Spans() {}

    /** The union of the spans clipped to {@code [0, duration]}, sorted and disjoint. */
    static List<Interval> union(List<Interval> spans, double duration) {
        List<Interval> sorted = new ArrayList<>();
        for (Interval s : spans) {
            double start = Math.max(0, s.start());
            double end = Math.min(duration, s.end());
            if (end > start) {
                sorted.add(new Interval(start, end));
            }
        }
        sorted.sort(Comparator.comparingDouble(Interval::start));
        List<Interval> out = new ArrayList<>();
        for (Interval s : sorted) {
            Interval last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Interval(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Total length of disjoint spans. */
    static double length(List<Interval> disjoint) {
        double total = 0;
        for (Interval s : disjoint) {
            total += s.end() - s.start();
        }
        return total;
    }

    /** True when {@code t} lies in some span {@code [start, end)}. */
    static boolean contains(List<Interval> disjoint, double t) {
        for (Interval s : disjoint) {
            if (t >= s.start() && t < s.end()) {
                return true;
            }
        }
        return false;
    }
}
