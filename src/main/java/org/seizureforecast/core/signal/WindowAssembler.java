package org.seizureforecast.core.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.seizureforecast.core.lang.Nullable;

/**
 * Cuts the filtered analysis-rate signal into overlapping windows: one ring buffer of one window's
 * length per montage channel, a window emitted each time {@code hop} new samples complete one.
 *
 * <p>Window times are computed from the segment's origin (the EEG time of its first input
 * sample) and the sample index, through the resampler's output timing, so nothing accumulates
 * over a long recording. A new segment (stream start, new session, gap) forgets the partial
 * window. Not thread-safe; owned by one {@link PatientStream}.
 */
final class WindowAssembler {
    private final String patientId;
    private final List<String> labels;
    private final int length;
    private final int hop;
    private final float[][] ring;
    private long nextIndex;
    private long emitted;
    private long lastEndMicros;
    // segment
    private String sessionId = "";
    private long originMicros;
    private @Nullable Resampler timing;
    private boolean[] present;
    private boolean afterGap;
    private long written;
    private long nextEnd;

    WindowAssembler(String patientId, List<String> labels, StreamSpec spec) {
        this.patientId = patientId;
        this.labels = List.copyOf(labels);
        this.length = spec.windowSamples();
        this.hop = spec.hopSamples();
        this.ring = new float[labels.size()][length];
        this.present = new boolean[labels.size()];
    }

    /** Starts a new segment; its first window is flagged {@code afterGap}. */
    void startSegment(String sessionId, long originMicros, Resampler timing, boolean[] present) {
        this.sessionId = sessionId;
        this.originMicros = originMicros;
        this.timing = timing;
        this.present = present.clone();
        this.afterGap = true;
        this.written = 0;
        this.nextEnd = length;
        for (float[] channel : ring) {
            Arrays.fill(channel, 0f);
        }
    }

    /**
     * Appends {@code count} samples of the present channels ({@code data[i]} is montage channel
     * {@code channels[i]}) and adds every window they complete to {@code out}.
     */
    void append(float[][] data, int[] channels, int count, List<AnalysisWindow> out) {
        int done = 0;
        while (done < count) {
            int take = (int) Math.min(count - done, nextEnd - written);
            int at = (int) (written % length);
            int first = Math.min(take, length - at);
            for (int i = 0; i < channels.length; i++) {
                float[] target = ring[channels[i]];
                System.arraycopy(data[i], done, target, at, first);
                System.arraycopy(data[i], done + first, target, 0, take - first);
            }
            done += take;
            written += take;
            if (written == nextEnd) {
                out.add(emit());
                nextEnd += hop;
            }
        }
    }

    private AnalysisWindow emit() {
        float[] data = new float[ring.length * length];
        int at = (int) (written % length); // oldest sample of the window
        for (int c = 0; c < ring.length; c++) {
            if (present[c]) {
                System.arraycopy(ring[c], at, data, c * length, length - at);
                System.arraycopy(ring[c], 0, data, c * length + length - at, at);
            }
        }
        Resampler t = Objects.requireNonNull(timing, "no segment started");
        long start = originMicros + Math.round(t.outputTimeSeconds(written - length) * 1e6);
        long end = originMicros + Math.round(t.outputTimeSeconds(written) * 1e6);
        AnalysisWindow window = new AnalysisWindow(
                patientId, sessionId, nextIndex++, start, end, labels, length, data, present.clone(), afterGap);
        afterGap = false;
        emitted++;
        lastEndMicros = end;
        return window;
    }

    long emitted() {
        return emitted;
    }

    long lastEndMicros() {
        return lastEndMicros;
    }
}
