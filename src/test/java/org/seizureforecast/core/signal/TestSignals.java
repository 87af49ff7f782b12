package org.seizureforecast.core.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Synthetic multichannel EEG-like recordings and ways to cut them into frames. */
final class TestSignals {
    /** CHB-MIT's 23 labels, with its duplicate T8-P8. */
    static final List<String> CHB_MIT_LABELS = List.of(
            "FP1-F7",
            "F7-T7",
            "T7-P7",
            "P7-O1",
            "FP1-F3",
            "F3-C3",
            "C3-P3",
            "P3-O1",
            "FP2-F4",
            "F4-C4",
            "C4-P4",
            "P4-O2",
            "FP2-F8",
            "F8-T8",
            "T8-P8",
            "P8-O2",
            "FZ-CZ",
            "CZ-PZ",
            "P7-T7",
            "T7-FT9",
            "FT9-FT10",
            "FT10-T8",
            "T8-P8");

    static final long T0_MICROS = 1_700_000_000_000_000L;

    private TestSignals() {}

    /**
     * Per channel: a DC offset, a few sines between 1 and 40 Hz (plus 60 Hz mains) and seeded
     * noise, in microvolts; {@code [channel][sample]}.
     */
    static float[][] eegLike(int channels, double rate, double seconds, long seed) {
        Random random = new Random(seed);
        int n = (int) Math.round(seconds * rate);
        float[][] x = new float[channels][n];
        for (int c = 0; c < channels; c++) {
            double offset = 200 * random.nextGaussian();
            double f1 = 1 + 9 * random.nextDouble();
            double f2 = 10 + 30 * random.nextDouble();
            double phase = 2 * Math.PI * random.nextDouble();
            for (int i = 0; i < n; i++) {
                double t = i / rate;
                x[c][i] = (float) (offset
                        + 40 * Math.sin(2 * Math.PI * f1 * t + phase)
                        + 15 * Math.sin(2 * Math.PI * f2 * t)
                        + 5 * Math.sin(2 * Math.PI * 60 * t)
                        + 10 * random.nextGaussian());
            }
        }
        return x;
    }

    static float[] sine(double frequency, double amplitude, double rate, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / rate));
        }
        return x;
    }

    /** A frame holding samples {@code [from, from + count)} of every row. */
    static EegFrame frame(
            String session,
            long sequence,
            long startMicros,
            double rate,
            List<String> labels,
            float[][] rows,
            int from,
            int count) {
        float[] samples = new float[rows.length * count];
        for (int c = 0; c < rows.length; c++) {
            System.arraycopy(rows[c], from, samples, c * count, count);
        }
        return new EegFrame(1, "p1", session, sequence, startMicros, rate, labels, count, samples);
    }

    /**
     * Cuts a recording into consecutive frames of {@code chunkSeconds} (the last one shorter),
     * timestamped from {@code startMicros} by sample index.
     */
    static List<EegFrame> chunks(
            String session, long startMicros, double rate, List<String> labels, float[][] rows, double chunkSeconds) {
        List<EegFrame> frames = new ArrayList<>();
        int total = rows[0].length;
        int from = 0;
        long seq = 0;
        while (from < total) {
            int end = (int) Math.min(total, Math.round((seq + 1) * chunkSeconds * rate));
            long start = startMicros + Math.round(from * 1e6 / rate);
            frames.add(frame(session, seq++, start, rate, labels, rows, from, end - from));
            from = end;
        }
        return frames;
    }

    /** A valid 1 s, 256 Hz frame of the CHB-MIT labels. */
    static EegFrame oneSecond(String session, long sequence, long startMicros) {
        float[][] rows = eegLike(CHB_MIT_LABELS.size(), 256, 1, sequence);
        return frame(session, sequence, startMicros, 256, CHB_MIT_LABELS, rows, 0, 256);
    }
}
