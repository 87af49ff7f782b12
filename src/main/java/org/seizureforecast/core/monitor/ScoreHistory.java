package org.seizureforecast.core.monitor;

import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.core.pipeline.WindowResult;

/**
 * A fixed-capacity ring of one patient's per-window scores in primitive arrays (about 28 bytes a
 * window, so 24 h at a 2.5 s hop is under 1 MB). The oldest entries are overwritten: memory stays
 * flat however long the patient is monitored. Not thread-safe; guarded by {@link PatientMonitor}.
 */
final class ScoreHistory {
    private final long[] endMicros;
    private final float[] ictal;
    private final float[] preictal;
    private final float[] smoothedRisk;
    private final float[] smoothedIctal;
    private final float[] artifact;
    private int head;
    private int size;

    ScoreHistory(int capacity) {
        endMicros = new long[capacity];
        ictal = new float[capacity];
        preictal = new float[capacity];
        smoothedRisk = new float[capacity];
        smoothedIctal = new float[capacity];
        artifact = new float[capacity];
    }

    void add(WindowResult r) {
        endMicros[head] = r.endMicros();
        ictal[head] = (float) r.ictalProbability();
        preictal[head] = (float) r.preictalRisk();
        smoothedRisk[head] = (float) r.smoothedRisk();
        smoothedIctal[head] = (float) r.smoothedIctal();
        artifact[head] = (float) r.artifactFraction();
        head = (head + 1) % endMicros.length;
        size = Math.min(size + 1, endMicros.length);
    }

    /** Points whose window end lies in [fromMicros, toMicros], oldest first, at most {@code max}. */
    List<ScorePoint> between(long fromMicros, long toMicros, int max) {
        List<ScorePoint> all = new ArrayList<>();
        int start = (head - size + endMicros.length) % endMicros.length;
        for (int k = 0; k < size; k++) {
            int i = (start + k) % endMicros.length;
            if (endMicros[i] >= fromMicros && endMicros[i] <= toMicros) {
                all.add(new ScorePoint(
                        endMicros[i], ictal[i], preictal[i], smoothedRisk[i], smoothedIctal[i], artifact[i]));
            }
        }
        return thin(all, max);
    }

    /** Keeps every k-th point, and the last one, so a 24 h chart stays light. */
    private static List<ScorePoint> thin(List<ScorePoint> points, int max) {
        if (max <= 0 || points.size() <= max) {
            return points;
        }
        int step = (points.size() + max - 1) / max;
        List<ScorePoint> out = new ArrayList<>(max + 1);
        int last = points.size() - 1;
        for (int i = 0; i < points.size(); i += step) {
            out.add(points.get(i));
        }
        if (last % step != 0) {
            out.add(points.get(last));
        }
        return out;
    }
}
