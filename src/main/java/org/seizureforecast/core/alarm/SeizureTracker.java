package org.seizureforecast.core.alarm;

/**
 * SEIZURE logic of one patient: a window is a hit when its ictal probability reaches the threshold
 * (and it is not mostly artifact); an event opens when k of the last n windows are hits and the
 * short moving average is also above threshold, and closes after {@code seizureEndWindows}
 * consecutive misses. An event's onset is the
 * start of its earliest hit window among the deciding n; its end is the end of its last hit window.
 * A discontinuity in the stream (gap, new session) closes an open event and clears the history.
 * Single-threaded (owned by the patient's alarm state).
 */
final class SeizureTracker {
    /** What one window did to the event state. */
    enum Step {
        NONE,
        OPENED,
        CLOSED
    }

    private final double[] recent = new double[64];
    private int recentCount;
    private final long[] hitStarts = new long[64];
    private final boolean[] hits = new boolean[64];
    private int historyCount;
    private int historyHead;

    private boolean open;
    private long onsetMicros;
    private long lastHitEndMicros;
    private double peak;
    private int misses;
    private double smoothed = Double.NaN;

    /** Closes any open event at a discontinuity; returns true if one was closed. */
    boolean breakStream() {
        recentCount = 0;
        historyCount = 0;
        return closeIfOpen();
    }

    Step update(long startMicros, long endMicros, double ictal, double artifact, AlarmPolicy policy) {
        int m = Math.min(policy.seizureSmoothingWindows(), recent.length);
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = ictal;
        recentCount = Math.min(recentCount + 1, recent.length);
        int used = Math.min(m, recentCount);
        double s = 0;
        for (int i = 0; i < used; i++) {
            s += recent[i];
        }
        smoothed = s / used;
        // k-of-n counts raw hits, so one confident window cannot count twice through the average.
        boolean hit = ictal >= policy.seizureThreshold() && artifact <= policy.maxArtifactFraction();
        remember(hit, startMicros);

        if (!open) {
            int n = Math.min(policy.seizureN(), historyCount);
            int count = 0;
            long earliest = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                int idx = Math.floorMod(historyHead - i, hits.length);
                if (hits[idx]) {
                    count++;
                    earliest = Math.min(earliest, hitStarts[idx]);
                }
            }
            if (count >= policy.seizureK() && smoothed >= policy.seizureThreshold()) {
                open = true;
                onsetMicros = earliest;
                lastHitEndMicros = endMicros;
                peak = smoothed;
                misses = 0;
                return Step.OPENED;
            }
            return Step.NONE;
        }
        if (hit) {
            lastHitEndMicros = endMicros;
            peak = Math.max(peak, smoothed);
            misses = 0;
            return Step.NONE;
        }
        misses++;
        return misses >= policy.seizureEndWindows() && closeIfOpen() ? Step.CLOSED : Step.NONE;
    }

    private void remember(boolean hit, long startMicros) {
        historyHead = (historyHead + 1) % hits.length;
        hits[historyHead] = hit;
        hitStarts[historyHead] = startMicros;
        historyCount = Math.min(historyCount + 1, hits.length);
    }

    private boolean closeIfOpen() {
        if (!open) {
            return false;
        }
        open = false;
        return true;
    }

    boolean isOpen() {
        return open;
    }

    long onsetMicros() {
        return onsetMicros;
    }

    long endMicros() {
        return lastHitEndMicros;
    }

    double peak() {
        return peak;
    }

    double smoothed() {
        return smoothed;
    }
}
