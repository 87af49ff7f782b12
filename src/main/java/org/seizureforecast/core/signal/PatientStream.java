package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.List;

/** Placeholder stream assembly (256 Hz bipolar input only) until the signal work lands. */
public final class PatientStream {
    static final List<String> MONTAGE = List.of("FP1-F7", "F7-T7", "T7-P7", "P7-O1", "FP1-F3", "F3-C3",
            "C3-P3", "P3-O1", "FP2-F4", "F4-C4", "C4-P4", "P4-O2", "FP2-F8", "F8-T8", "T8-P8", "P8-O2",
            "FZ-CZ", "CZ-PZ");

    /** Read-only snapshot for status pages. */
    public record Status(String sessionId, long lastFrameEndMicros, List<String> missingChannels,
            long windowsEmitted, long gaps) {}

    private final String patientId;
    private final StreamSpec spec;
    private final FilterBank filters;
    private String session;
    private long lastSeq;
    private long originMicros;
    private long expectedNext;
    private float[][] buffer;
    private int filled;
    private long samplesSeen;
    private long index;
    private long gaps;
    private boolean gapPending = true;
    private ChannelFilter[] chain;

    public PatientStream(String patientId, StreamSpec spec, FilterBank filters) {
        this.patientId = patientId;
        this.spec = spec;
        this.filters = filters;
    }

    public List<AnalysisWindow> accept(EegFrame f) throws FrameRejectedException {
        if (session != null && session.equals(f.sessionId()) && f.sequence() <= lastSeq) {
            throw new FrameRejectedException(f.sequence() == lastSeq ? Rejection.DUPLICATE_SEQUENCE
                    : Rejection.OUT_OF_ORDER, "sequence " + f.sequence() + " after " + lastSeq);
        }
        int n = spec.windowSamples();
        if (session == null || !session.equals(f.sessionId()) || Math.abs(f.startMicros() - expectedNext) > spec.gapToleranceMicros()) {
            if (session != null) {
                gaps++;
            }
            session = f.sessionId();
            buffer = new float[MONTAGE.size()][n];
            filled = 0;
            samplesSeen = 0;
            originMicros = f.startMicros();
            gapPending = true;
            chain = new ChannelFilter[MONTAGE.size()];
            for (int c = 0; c < chain.length; c++) {
                chain[c] = filters.newChannelFilter(spec.sampleRate());
            }
        }
        lastSeq = f.sequence();
        expectedNext = f.endMicros();
        int[] map = new int[MONTAGE.size()];
        boolean[] present = new boolean[MONTAGE.size()];
        for (int c = 0; c < map.length; c++) {
            map[c] = f.channels().indexOf(MONTAGE.get(c));
            present[c] = map[c] >= 0;
        }
        float[][] chunk = new float[MONTAGE.size()][f.sampleCount()];
        for (int c = 0; c < map.length; c++) {
            if (map[c] >= 0) {
                System.arraycopy(f.samples(), map[c] * f.sampleCount(), chunk[c], 0, f.sampleCount());
                chain[c].process(chunk[c], 0, f.sampleCount());
            }
        }
        List<AnalysisWindow> out = new ArrayList<>();
        int hop = spec.hopSamples();
        for (int i = 0; i < f.sampleCount(); i++) {
            for (int c = 0; c < map.length; c++) {
                buffer[c][filled] = chunk[c][i];
            }
            filled++;
            samplesSeen++;
            if (filled == n) {
                float[] data = new float[MONTAGE.size() * n];
                for (int c = 0; c < map.length; c++) {
                    System.arraycopy(buffer[c], 0, data, c * n, n);
                    System.arraycopy(buffer[c], hop, buffer[c], 0, n - hop);
                }
                long end = originMicros + Math.round(samplesSeen * 1e6 / spec.sampleRate());
                long start = end - Math.round(n * 1e6 / spec.sampleRate());
                out.add(new AnalysisWindow(patientId, session, index++, start, end, MONTAGE, n, data,
                        present.clone(), gapPending, System.nanoTime()));
                gapPending = false;
                filled = n - hop;
            }
        }
        return out;
    }

    public Status status() {
        return new Status(session, expectedNext, List.of(), index, gaps);
    }
}
