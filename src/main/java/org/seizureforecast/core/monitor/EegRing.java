package org.seizureforecast.core.monitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/**
 * One patient's recent filtered EEG: a queue of {@link EegBlock}s, oldest first, holding at most
 * {@code capacitySamples} samples per channel; the oldest blocks go first.
 *
 * <p>Windows overlap (5 s every 2.5 s), so each window adds only the samples after the end of the
 * previous one. A window that starts before the held end after a discontinuity (a replay of an
 * earlier recording under the same id) or with another channel list starts a new timeline: the
 * old one is dropped rather than interleaved. Thread-safe: every method locks the ring.
 */
final class EegRing {
    private final long capacitySamples;
    private final double sampleRate;
    private final ArrayDeque<EegBlock> blocks = new ArrayDeque<>();
    private List<String> channels = List.of();
    private long heldSamples;
    private long heldBytes;

    EegRing(long capacitySamples, double sampleRate) {
        this.capacitySamples = capacitySamples;
        this.sampleRate = sampleRate;
    }

    synchronized void add(AnalysisWindow w, WindowScore score) {
        if (!w.channels().equals(channels)) {
            clear();
            channels = List.copyOf(w.channels());
        }
        int skip = 0;
        EegBlock last = blocks.peekLast();
        if (last != null && w.startMicros() < last.sampleEndMicros) {
            if (w.afterGap()) {
                clear();
            } else {
                long overlap = last.sampleEndMicros - w.startMicros();
                skip = (int) Math.min(w.samplesPerChannel(), Math.round(overlap * sampleRate / 1e6));
            }
        }
        WindowQuality quality = new WindowQuality(
                w.startMicros(),
                w.endMicros(),
                score.artifactFraction(),
                score.explanation().channelArtifact(),
                w.missingChannels());
        EegBlock block = new EegBlock(w, skip, sampleRate, quality);
        blocks.addLast(block);
        heldSamples += block.samples;
        heldBytes += block.bytes();
        while (heldSamples > capacitySamples && blocks.size() > 1) {
            EegBlock old = blocks.removeFirst();
            heldSamples -= old.samples;
            heldBytes -= old.bytes();
        }
    }

    synchronized EegExcerpt excerpt(String patientId, long fromMicros, long toMicros) {
        List<EegSegment> segments = new ArrayList<>();
        List<WindowQuality> windows = new ArrayList<>();
        List<Piece> run = new ArrayList<>();
        EegBlock previous = null;
        for (EegBlock b : blocks) {
            if (b.quality.endMicros() > fromMicros && b.quality.startMicros() < toMicros) {
                windows.add(b.quality);
            }
            int from = Math.max(0, sampleIndexAtOrAfter(b, fromMicros));
            int to = Math.min(b.samples, sampleIndexAtOrAfter(b, toMicros));
            if (to > from) {
                boolean continues = previous != null
                        && !run.isEmpty()
                        && run.get(run.size() - 1).block == previous
                        && run.get(run.size() - 1).to == previous.samples
                        && from == 0
                        && contiguous(previous, b);
                if (!continues && !run.isEmpty()) {
                    segments.add(segment(run));
                    run.clear();
                }
                run.add(new Piece(b, from, to));
            }
            previous = b;
        }
        if (!run.isEmpty()) {
            segments.add(segment(run));
        }
        long heldFrom = blocks.isEmpty() ? -1 : blocks.peekFirst().sampleStartMicros;
        long heldTo = blocks.isEmpty() ? -1 : blocks.peekLast().sampleEndMicros;
        return new EegExcerpt(
                patientId, sampleRate, channels, fromMicros, toMicros, heldFrom, heldTo, segments, windows);
    }

    synchronized long heldBytes() {
        return heldBytes;
    }

    /** End of the last held sample, or -1 when nothing is held. */
    synchronized long heldToMicros() {
        return blocks.isEmpty() ? -1 : blocks.peekLast().sampleEndMicros;
    }

    private record Piece(EegBlock block, int from, int to) {}

    private EegSegment segment(List<Piece> run) {
        int length = 0;
        for (Piece p : run) {
            length += p.to - p.from;
        }
        EegBlock first = run.get(0).block;
        float[][] rows = new float[first.channels()][length];
        for (int c = 0; c < rows.length; c++) {
            int at = 0;
            for (Piece p : run) {
                p.block.decode(c, p.from, p.to, rows[c], at);
                at += p.to - p.from;
            }
            for (int k = 0; k < length; k++) {
                rows[c][k] = Math.round(rows[c][k] * 10f) / 10f;
            }
        }
        long start = first.sampleStartMicros + Math.round(run.get(0).from * 1e6 / sampleRate);
        return new EegSegment(start, rows);
    }

    /** Index of the first sample of {@code b} at or after {@code micros} (may be out of range). */
    private int sampleIndexAtOrAfter(EegBlock b, long micros) {
        double k = Math.ceil(((double) micros - b.sampleStartMicros) * sampleRate / 1e6 - 1e-6);
        return (int) Math.max(-(1 << 30), Math.min(1 << 30, k));
    }

    private boolean contiguous(EegBlock a, EegBlock b) {
        return Math.abs(b.sampleStartMicros - a.sampleEndMicros) <= 0.5e6 / sampleRate;
    }

    private void clear() {
        blocks.clear();
        heldSamples = 0;
        heldBytes = 0;
    }
}
