package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Writes an EDF+C file as a stream: the header first (record count -1, "unknown"), then data
 * records as they are appended, then the real record count at {@link #close()}. An "EDF
 * Annotations" signal is added after the data signals; every record carries its time-keeping
 * TAL and the queued annotations that are due by the record's end (as many as fit).
 *
 * <p>Samples are physical values; each is quantised to the nearest 16-bit digital value of its
 * signal (clipped to the range and counted in {@link #clippedSamples()}), so reading back gives
 * the input within half a quantum. Not thread-safe.
 */
public final class EdfWriter implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 20;

    /**
     * What goes into the header.
     *
     * @param patientCode EDF+ patient code (spaces become underscores); sex, birthdate and name are written as X
     * @param start start date/time (seconds resolution; EDF has no zone — we use UTC)
     * @param signals data signals in file order (no annotation signal: the writer adds it)
     * @param annotationBytesPerRecord room for TALs in each record (even; the time-keeping TAL needs about 12)
     */
    public record Layout(
            String patientCode,
            LocalDateTime start,
            double recordDurationSeconds,
            List<EdfSignal> signals,
            int annotationBytesPerRecord) {
        public static final int DEFAULT_ANNOTATION_BYTES = 128;

        public Layout {
            signals = List.copyOf(signals);
            if (signals.isEmpty() || signals.stream().anyMatch(EdfSignal::isAnnotation)) {
                throw new IllegalArgumentException("need at least one data signal and no annotation signal");
            }
            String duration = AsciiFields.number(recordDurationSeconds, 8, RoundingMode.HALF_EVEN);
            if (!(recordDurationSeconds > 0) || Double.parseDouble(duration) != recordDurationSeconds) {
                throw new IllegalArgumentException(
                        "record duration " + recordDurationSeconds + " s must be > 0 and exact in 8 characters");
            }
            if (!start.truncatedTo(ChronoUnit.SECONDS).equals(start)) {
                throw new IllegalArgumentException("EDF start time has whole seconds, was " + start);
            }
        }

        public Layout(String patientCode, LocalDateTime start, double recordDurationSeconds, List<EdfSignal> signals) {
            this(patientCode, start, recordDurationSeconds, signals, DEFAULT_ANNOTATION_BYTES);
        }
    }

    private final String name;
    private final FileChannel channel;
    private final EdfHeader header;
    private final List<EdfSignal> dataSignals;
    private final int annotationBytes;
    private final int recordBytes;
    private final ByteBuffer buffer;
    private final Deque<EdfAnnotation> pending = new ArrayDeque<>();
    private long records;
    private long clipped;
    private boolean closed;

    private EdfWriter(String name, FileChannel channel, Layout layout) throws IOException {
        this.name = name;
        this.channel = channel;
        this.dataSignals = layout.signals();
        this.annotationBytes = layout.annotationBytesPerRecord();
        List<EdfSignal> all = new ArrayList<>(dataSignals);
        all.add(EdfSignal.annotations(annotationBytes));
        String patient = (layout.patientCode().isBlank()
                        ? "X"
                        : layout.patientCode().trim().replace(' ', '_')) + " X X X";
        String recording = StartDates.startdateSubfield(layout.start().toLocalDate()) + " X X X";
        this.header = new EdfHeader(
                "0",
                patient,
                recording,
                layout.start(),
                256 * (all.size() + 1),
                "EDF+C",
                0,
                layout.recordDurationSeconds(),
                all);
        this.recordBytes = (int) header.recordBytes();
        int perBuffer = Math.max(1, BUFFER_BYTES / recordBytes);
        this.buffer = ByteBuffer.allocate(perBuffer * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        channel.write(ByteBuffer.wrap(HeaderEncoder.encode(header, -1)), 0);
    }

    /** Creates (or truncates) {@code file} and writes the header. */
    public static EdfWriter create(Path file, Layout layout) throws IOException {
        FileChannel channel = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            return new EdfWriter(file.toString(), channel, layout);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The header as written, with the records written so far. */
    public EdfHeader header() {
        return new EdfHeader(
                header.version(),
                header.patientId(),
                header.recordingId(),
                header.start(),
                header.headerBytes(),
                header.reserved(),
                records,
                header.recordDurationSeconds(),
                header.signals());
    }

    /** Queues an annotation; it is written into the first record written whose end is after its onset. */
    public void annotate(EdfAnnotation annotation) {
        List<EdfAnnotation> sorted = new ArrayList<>(pending);
        sorted.add(annotation);
        sorted.sort(Comparator.comparingDouble(EdfAnnotation::onsetSeconds));
        pending.clear();
        pending.addAll(sorted);
    }

    public void annotate(double onsetSeconds, double durationSeconds, String text) {
        annotate(new EdfAnnotation(onsetSeconds, durationSeconds, text));
    }

    /**
     * Appends {@code count} data records. {@code data[k]} holds data signal {@code k}'s physical
     * samples from index 0, count × samples-per-record of them.
     */
    public void writeRecords(float[][] data, int count) throws IOException {
        if (closed) {
            throw new IllegalStateException(name + ": writer is closed");
        }
        checkShape(data, count);
        int perBuffer = buffer.capacity() / recordBytes;
        for (int done = 0; done < count; ) {
            int batch = Math.min(count - done, perBuffer);
            buffer.clear();
            for (int r = 0; r < batch; r++) {
                encodeRecord(data, done + r, records + r);
            }
            buffer.flip();
            long at = header.headerBytes() + records * recordBytes;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
            records += batch;
            done += batch;
        }
    }

    private void checkShape(float[][] data, int count) {
        if (data.length != dataSignals.size()) {
            throw new IllegalArgumentException("got " + data.length + " signals, layout has " + dataSignals.size());
        }
        for (int k = 0; k < data.length; k++) {
            long need = (long) count * dataSignals.get(k).samplesPerRecord();
            if (data[k].length < need) {
                throw new IllegalArgumentException(dataSignals.get(k).label() + ": " + data[k].length
                        + " samples given, " + count + " records need " + need);
            }
        }
    }

    private void encodeRecord(float[][] data, int recordInData, long recordIndex) {
        for (int k = 0; k < data.length; k++) {
            EdfSignal s = dataSignals.get(k);
            int spr = s.samplesPerRecord();
            float[] in = data[k];
            double scale = 1.0 / s.gain();
            double min = s.physicalMin();
            int dmin = s.digitalMin();
            int dmax = s.digitalMax();
            for (int i = recordInData * spr, end = i + spr; i < end; i++) {
                double v = in[i];
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException(
                            s.label() + ": NaN at sample " + i + " of record " + recordIndex);
                }
                double d = Math.rint((v - min) * scale + dmin);
                if (d < dmin || d > dmax) {
                    clipped++;
                    d = d < dmin ? dmin : dmax;
                }
                buffer.putShort((short) d);
            }
        }
        encodeAnnotations(recordIndex);
    }

    private void encodeAnnotations(long recordIndex) {
        double onset = recordIndex * header.recordDurationSeconds();
        double end = onset + header.recordDurationSeconds();
        byte[] tal = TalCodec.timeKeeping(onset);
        int start = buffer.position();
        buffer.put(tal);
        while (!pending.isEmpty() && pending.peekFirst().onsetSeconds() < end) {
            byte[] next = TalCodec.encode(pending.peekFirst());
            if (buffer.position() - start + next.length > annotationBytes) {
                break;
            }
            buffer.put(next);
            pending.removeFirst();
        }
        while (buffer.position() - start < annotationBytes) {
            buffer.put((byte) 0);
        }
    }

    public long recordsWritten() {
        return records;
    }

    /** Samples outside their signal's physical range, written as the nearest bound. */
    public long clippedSamples() {
        return clipped;
    }

    /**
     * Writes the record count into the header and closes the file. Fails (after closing a valid
     * file) when queued annotations could not be written: onsets after the last record, or more
     * annotations than the annotation signal had room for.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (channel) {
            channel.write(ByteBuffer.wrap(HeaderEncoder.recordCountBytes(records)), HeaderEncoder.RECORD_COUNT_OFFSET);
        }
        if (!pending.isEmpty()) {
            throw new EdfException(
                    name,
                    "EDF Annotations",
                    pending.size() + " annotation(s) not written, first at "
                            + pending.peekFirst().onsetSeconds() + " s: after the last record ("
                            + records * header.recordDurationSeconds() + " s) or no room left in "
                            + annotationBytes + " annotation bytes per record");
        }
    }
}
