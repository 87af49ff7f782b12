package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads an EDF/EDF+ file without holding it in memory: data records sequentially (or from any
 * record) into caller-provided float arrays, scaled to physical units. {@link #readAll()} is
 * the convenience for small files.
 *
 * <p>The header is parsed and checked against the file size when the reader is opened, so a
 * truncated file or a lying header fails at {@link #open(Path)}. Not thread-safe: one reader per
 * thread; it holds one open file until {@link #close()}.
 */
public final class EdfReader implements AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final String name;
    private final FileChannel channel;
    private final EdfHeader header;
    private final int[] offsets; // byte offset of each signal inside a record
    private final int recordBytes;
    private final ByteBuffer buffer;
    private final double[] gains;
    private final double[] bases;
    private long position;
    private AnnotationScan scan;

    private EdfReader(String name, FileChannel channel, EdfHeader header) {
        this.name = name;
        this.channel = channel;
        this.header = header;
        int ns = header.signalCount();
        this.offsets = new int[ns];
        this.gains = new double[ns];
        this.bases = new double[ns];
        int offset = 0;
        for (int s = 0; s < ns; s++) {
            EdfSignal signal = header.signal(s);
            offsets[s] = offset;
            offset += 2 * signal.samplesPerRecord();
            gains[s] = signal.gain();
            bases[s] = signal.physicalMin() - signal.digitalMin() * signal.gain();
        }
        this.recordBytes = offset;
        int records = Math.max(1, BUFFER_BYTES / Math.max(1, recordBytes));
        this.buffer = ByteBuffer.allocateDirect(records * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Opens the file and validates its header; {@link EdfException} names what is wrong. */
    public static EdfReader open(Path file) throws IOException {
        String name = file.toString();
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            EdfHeader header = readHeader(name, channel);
            if (header.recordBytes() > Integer.MAX_VALUE / 2) {
                throw new EdfException(
                        name,
                        "number of samples in each data record",
                        "a data record of " + header.recordBytes() + " bytes is too large");
            }
            return new EdfReader(name, channel, header);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static EdfHeader readHeader(String name, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size < HeaderParser.FIXED_BYTES) {
            throw new EdfException(
                    name,
                    "header",
                    "file is " + size + " bytes, shorter than the 256-byte fixed header (truncated or not EDF)");
        }
        HeaderParser parser = new HeaderParser(name);
        byte[] fixed = readFully(channel, 0, HeaderParser.FIXED_BYTES);
        int ns = parser.signalCount(fixed);
        int total = HeaderParser.FIXED_BYTES + HeaderParser.BYTES_PER_SIGNAL * ns;
        if (size < total) {
            throw new EdfException(
                    name,
                    "header",
                    "file is " + size + " bytes but the header of " + ns + " signals needs " + total + " (truncated)");
        }
        return parser.parse(readFully(channel, 0, total), size);
    }

    public EdfHeader header() {
        return header;
    }

    /** Index of the next record {@link #read} returns. */
    public long position() {
        return position;
    }

    /** Moves to record {@code record} (0 ≤ record ≤ number of records). */
    public void seek(long record) {
        if (record < 0 || record > header.numRecords()) {
            throw new IllegalArgumentException("record " + record + " outside 0.." + header.numRecords());
        }
        position = record;
    }

    /**
     * Reads up to {@code maxRecords} records from the current position. {@code dest[s]} receives
     * signal {@code s}'s physical samples from index 0 (records × samples-per-record of them); a
     * {@code null} entry skips that signal, and annotation signals are always skipped.
     *
     * @return records read, 0 at the end of the file
     */
    public int read(float[][] dest, int maxRecords) throws IOException {
        if (dest.length != header.signalCount()) {
            throw new IllegalArgumentException(
                    "dest has " + dest.length + " arrays, file has " + header.signalCount() + " signals");
        }
        if (maxRecords < 0) {
            throw new IllegalArgumentException("maxRecords must be >= 0, was " + maxRecords);
        }
        int n = (int) Math.min(maxRecords, header.numRecords() - position);
        for (int s = 0; s < dest.length; s++) {
            if (dest[s] != null && dest[s].length < (long) n * header.signal(s).samplesPerRecord()) {
                throw new IllegalArgumentException("dest[" + s + "] holds " + dest[s].length + " samples, " + n
                        + " records need " + (long) n * header.signal(s).samplesPerRecord());
            }
        }
        int done = 0;
        int perBuffer = buffer.capacity() / recordBytes;
        while (done < n) {
            int batch = Math.min(n - done, perBuffer);
            fill(header.headerBytes() + position * recordBytes, batch * recordBytes);
            for (int r = 0; r < batch; r++) {
                decodeRecord(r * recordBytes, done + r, dest);
            }
            position += batch;
            done += batch;
        }
        return n;
    }

    /** {@link #seek} then {@link #read}. */
    public int readRecords(long first, int count, float[][] dest) throws IOException {
        seek(first);
        return read(dest, count);
    }

    private void decodeRecord(int base, int recordInDest, float[][] dest) {
        for (int s = 0; s < dest.length; s++) {
            float[] out = dest[s];
            EdfSignal signal = header.signal(s);
            if (out == null || signal.isAnnotation()) {
                continue;
            }
            int spr = signal.samplesPerRecord();
            int at = base + offsets[s];
            int to = recordInDest * spr;
            double gain = gains[s];
            double offset = bases[s];
            for (int i = 0; i < spr; i++) {
                out[to + i] = (float) (buffer.getShort(at + 2 * i) * gain + offset);
            }
        }
    }

    private void fill(long filePosition, int bytes) throws IOException {
        buffer.clear().limit(bytes);
        long at = filePosition;
        while (buffer.hasRemaining()) {
            int got = channel.read(buffer, at);
            if (got < 0) {
                throw new EdfException(name, "data records", "file ended at byte " + at + " (it shrank while open?)");
            }
            at += got;
        }
    }

    /** All annotations of all EDF+ annotation signals, in file order (empty for plain EDF). */
    public List<EdfAnnotation> annotations() throws IOException {
        return scan().annotations;
    }

    /**
     * Start of each data record in seconds from the header start: from the time-keeping TALs
     * for EDF+ (needed for EDF+D, whose records may have gaps), record × duration otherwise.
     */
    public double[] recordOnsets() throws IOException {
        return scan().onsets.clone();
    }

    /** The whole file in memory; for small files (fails rather than exhaust the heap). */
    public EdfRecording readAll() throws IOException {
        int ns = header.signalCount();
        long total = 0;
        for (int s = 0; s < ns; s++) {
            total += header.signal(s).isAnnotation() ? 0 : header.sampleCount(s);
        }
        if (total * Float.BYTES > Runtime.getRuntime().maxMemory() / 2 || header.numRecords() > Integer.MAX_VALUE) {
            throw new EdfException(
                    name,
                    "data records",
                    total + " samples are too many to hold in memory;" + " read them record by record with read()");
        }
        float[][] samples = new float[ns][];
        for (int s = 0; s < ns; s++) {
            samples[s] = header.signal(s).isAnnotation() ? null : new float[(int) header.sampleCount(s)];
        }
        long saved = position;
        readRecords(0, (int) header.numRecords(), samples);
        position = saved;
        return new EdfRecording(header, samples, annotations(), recordOnsets());
    }

    private AnnotationScan scan() throws IOException {
        if (scan == null) {
            scan = AnnotationScan.of(name, channel, header, offsets);
        }
        return scan;
    }

    static byte[] readFully(FileChannel channel, long at, int bytes) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(bytes);
        long p = at;
        while (b.hasRemaining()) {
            int got = channel.read(b, p);
            if (got < 0) {
                throw new IOException("unexpected end of file at byte " + p);
            }
            p += got;
        }
        return b.array();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
