package org.seizureforecast.tools.batch;

import java.util.List;

/**
 * Training labels of analysis windows from a recording's annotated seizures (seconds from the
 * recording start), following STAN's protocol (models.md §1.5, §5.1):
 *
 * <ul>
 *   <li>{@link #ICTAL}: the window's midpoint lies inside a seizure;
 *   <li>unlabelled: within {@code postictalSeconds} after a seizure ends (post-ictal state);
 *   <li>{@link #PREICTAL}: the whole window lies in [onset − preictalFrom, onset − preictalTo) of a
 *       seizure (default 50 to 5 min before onset: SOP 45 min after an SPH of 5 min);
 *   <li>{@link #INTERICTAL}: at least {@code interictalGapSeconds} from every seizure;
 *   <li>{@link #UNLABELLED} otherwise (used by the reconstruction loss only).
 * </ul>
 */
public final class WindowLabeler {
    public static final byte UNLABELLED = -1;
    public static final byte INTERICTAL = 0;
    public static final byte PREICTAL = 1;
    public static final byte ICTAL = 2;

    /** The protocol's spans, in seconds. */
    public record Spans(double preictalFrom, double preictalTo, double postictal, double interictalGap) {
        public static final Spans DEFAULT = new Spans(3000, 300, 1800, 14_400);
    }

    private final List<double[]> seizures;
    private final Spans spans;

    /** @param seizures {start, end} pairs in seconds from the recording start */
    public WindowLabeler(List<double[]> seizures, Spans spans) {
        this.seizures = List.copyOf(seizures);
        this.spans = spans;
    }

    public byte label(double start, double end) {
        double mid = (start + end) / 2;
        boolean preictal = false;
        double nearest = Double.POSITIVE_INFINITY;
        for (double[] s : seizures) {
            if (mid >= s[0] && mid < s[1]) {
                return ICTAL;
            }
            if (start >= s[1] && start < s[1] + spans.postictal()) {
                return UNLABELLED;
            }
            if (start >= s[0] - spans.preictalFrom() && end <= s[0] - spans.preictalTo()) {
                preictal = true;
            }
            nearest = Math.min(nearest, Math.min(Math.abs(start - s[1]), Math.abs(s[0] - end)));
        }
        if (preictal) {
            return PREICTAL;
        }
        return nearest >= spans.interictalGap() ? INTERICTAL : UNLABELLED;
    }
}
