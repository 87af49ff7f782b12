package org.seizureforecast.tools.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.tools.edf.EdfHeader;
import org.seizureforecast.tools.edf.EdfReader;
import org.seizureforecast.tools.edf.EdfSignal;

/**
 * Cuts an EDF/EDF+ recording into wire frames of about {@code chunkSeconds} each, streaming
 * (a 24 h file is never held in memory). Used by {@code replay}, {@code detect} and the tests, so
 * every path feeds the processor the same frames.
 *
 * <p>Signals: the data signals sharing the most common sample rate (the EEG); others (ECG at
 * another rate, annotations) are left out. Values are converted to µV from µV, mV or V. Frame
 * times are the EDF start (read as UTC) plus each record's onset, so EDF+D gaps become stream gaps.
 * A chunk never spans a discontinuity. Not thread-safe.
 */
public final class EdfFrameSource implements AutoCloseable {
    private final EdfReader reader;
    private final EdfHeader header;
    private final String patientId;
    private final String sessionId;
    private final int[] signals;
    private final float[] scale;
    private final List<String> labels;
    private final double rate;
    private final int recordsPerChunk;
    private final double[] onsets;
    private final float[][] buffer;
    private long nextRecord;
    private long sequence;

    private EdfFrameSource(EdfReader reader, String patientId, String sessionId, double chunkSeconds)
            throws IOException {
        this.reader = reader;
        this.header = reader.header();
        this.patientId = patientId;
        this.sessionId = sessionId;
        this.signals = eegSignals(header);
        this.rate = header.sampleRate(signals[0]);
        this.labels = new ArrayList<>();
        this.scale = new float[signals.length];
        for (int i = 0; i < signals.length; i++) {
            EdfSignal s = header.signal(signals[i]);
            labels.add(s.label());
            scale[i] = toMicrovolts(s.physicalDimension());
        }
        this.recordsPerChunk = Math.max(1, (int) Math.round(chunkSeconds / header.recordDurationSeconds()));
        this.onsets = reader.recordOnsets();
        this.buffer = new float[header.signalCount()][];
        for (int s : signals) {
            buffer[s] = new float[recordsPerChunk * header.signal(s).samplesPerRecord()];
        }
    }

    public static EdfFrameSource open(Path edf, String patientId, String sessionId, double chunkSeconds)
            throws IOException {
        EdfReader reader = EdfReader.open(edf);
        try {
            return new EdfFrameSource(reader, patientId, sessionId, chunkSeconds);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    public EdfHeader header() {
        return header;
    }

    public List<String> channels() {
        return List.copyOf(labels);
    }

    /** Recording duration in seconds (records × record duration). */
    public double durationSeconds() {
        return header.numRecords() * header.recordDurationSeconds();
    }

    public long recordsRead() {
        return nextRecord;
    }

    public long totalRecords() {
        return header.numRecords();
    }

    public boolean hasNext() {
        return nextRecord < header.numRecords();
    }

    /** The next frame, or null at the end of the recording. */
    public EegFrame next() throws IOException {
        if (!hasNext()) {
            return null;
        }
        int count = contiguousRecords(nextRecord);
        int read = reader.readRecords(nextRecord, count, buffer);
        int spr = header.signal(signals[0]).samplesPerRecord();
        int n = read * spr;
        float[] samples = new float[signals.length * n];
        for (int i = 0; i < signals.length; i++) {
            float[] src = buffer[signals[i]];
            for (int k = 0; k < n; k++) {
                samples[i * n + k] = src[k] * scale[i];
            }
        }
        long start = header.startMicros() + Math.round(onsets[(int) nextRecord] * 1e6);
        nextRecord += read;
        return new EegFrame(
                EegFrame.CURRENT_VERSION, patientId, sessionId, sequence++, start, rate, labels, n, samples);
    }

    private int contiguousRecords(long first) {
        int count = 1;
        double d = header.recordDurationSeconds();
        while (count < recordsPerChunk && first + count < header.numRecords()) {
            double expected = onsets[(int) (first + count - 1)] + d;
            if (Math.abs(onsets[(int) (first + count)] - expected) > 1e-6) {
                break;
            }
            count++;
        }
        return count;
    }

    private static int[] eegSignals(EdfHeader h) {
        Map<Double, Integer> counts = new HashMap<>();
        for (int s : h.dataSignalIndices()) {
            counts.merge(h.sampleRate(s), 1, Integer::sum);
        }
        double best = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException("no data signals"));
        return Arrays.stream(h.dataSignalIndices())
                .filter(s -> h.sampleRate(s) == best)
                .toArray();
    }

    static float toMicrovolts(String unit) {
        String u = unit.trim().toLowerCase(Locale.ROOT);
        return switch (u) {
            case "mv" -> 1000f;
            case "v" -> 1_000_000f;
            case "nv" -> 0.001f;
            default -> 1f; // uV, µV, μV, or unlabelled: EEG is conventionally µV
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
