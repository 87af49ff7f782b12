package org.seizureforecast.tools.npy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Streams a NumPy {@code .npy} file (format 1.0, C order, little-endian) whose first dimension is
 * unknown until the end: rows are appended, and {@link #close()} writes the final shape into a
 * header reserved at a fixed size. Readable with {@code numpy.load(..., mmap_mode='r')}.
 *
 * <p>Supported dtypes: {@code <f2} (written from float, IEEE half, round-to-nearest-even),
 * {@code <f4}, {@code <f8}, {@code |i1}, {@code <i4}. Not thread-safe.
 */
public final class NpyFile implements AutoCloseable {
    private static final int HEADER_BYTES = 128;

    /** Element types. */
    public enum Dtype {
        F2("<f2", 2),
        F4("<f4", 4),
        F8("<f8", 8),
        I1("|i1", 1),
        I4("<i4", 4);

        final String descr;
        final int bytes;

        Dtype(String descr, int bytes) {
            this.descr = descr;
            this.bytes = bytes;
        }
    }

    private final Path path;
    private final Dtype dtype;
    private final int[] rowShape;
    private final int rowElements;
    private final OutputStream out;
    private final ByteBuffer row;
    private long rows;

    private NpyFile(Path path, Dtype dtype, int[] rowShape) throws IOException {
        this.path = path;
        this.dtype = dtype;
        this.rowShape = rowShape.clone();
        this.rowElements = Arrays.stream(rowShape).reduce(1, (a, b) -> a * b);
        this.out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
        this.out.write(new byte[HEADER_BYTES]);
        this.row = ByteBuffer.allocate(rowElements * dtype.bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A new file of rows shaped {@code rowShape} (empty for a 1-D array of scalars). */
    public static NpyFile create(Path path, Dtype dtype, int... rowShape) throws IOException {
        return new NpyFile(path, dtype, rowShape);
    }

    /** Appends one row from floats (converted to the file's dtype). */
    public void append(float[] values, int offset) throws IOException {
        row.clear();
        for (int i = 0; i < rowElements; i++) {
            float v = values[offset + i];
            switch (dtype) {
                case F2 -> row.putShort(toHalf(v));
                case F4 -> row.putFloat(v);
                case F8 -> row.putDouble(v);
                case I1 -> row.put((byte) v);
                case I4 -> row.putInt((int) v);
            }
        }
        out.write(row.array(), 0, row.position());
        rows++;
    }

    /** Appends one scalar row (1-D files). */
    public void append(double value) throws IOException {
        row.clear();
        switch (dtype) {
            case F2 -> row.putShort(toHalf((float) value));
            case F4 -> row.putFloat((float) value);
            case F8 -> row.putDouble(value);
            case I1 -> row.put((byte) value);
            case I4 -> row.putInt((int) value);
        }
        out.write(row.array(), 0, row.position());
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
        String shape = "(" + rows
                + (rowShape.length == 0
                        ? ","
                        : ", "
                                + Arrays.stream(rowShape)
                                        .mapToObj(Integer::toString)
                                        .collect(Collectors.joining(", ")))
                + ")";
        String dict = "{'descr': '" + dtype.descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int textBytes = HEADER_BYTES - 10;
        if (dict.length() + 1 > textBytes) {
            throw new IOException(path + ": npy header too long for " + shape);
        }
        String text = dict + " ".repeat(textBytes - dict.length() - 1) + "\n";
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put((byte) 0x93)
                .put("NUMPY".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1)
                .put((byte) 0);
        h.putShort((short) textBytes).put(text.getBytes(StandardCharsets.US_ASCII));
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
            f.write(h.array());
        }
    }

    /** IEEE 754 binary16 of {@code f}, round to nearest even (Java 17 has no Float.floatToFloat16). */
    static short toHalf(float f) {
        int bits = Float.floatToRawIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exp = (bits >>> 23) & 0xff;
        int mant = bits & 0x7fffff;
        if (exp == 0xff) {
            return (short) (sign | 0x7c00 | (mant != 0 ? 0x200 : 0));
        }
        int e = exp - 127 + 15;
        if (e >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            mant |= 0x800000;
            int shift = 14 - e;
            int half = mant >> shift;
            int rem = mant & ((1 << shift) - 1);
            int mid = 1 << (shift - 1);
            if (rem > mid || (rem == mid && (half & 1) == 1)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (e << 10) | (mant >> 13);
        int rem = mant & 0x1fff;
        if (rem > 0x1000 || (rem == 0x1000 && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }
}
