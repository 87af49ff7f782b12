package org.seizureforecast.core.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes NumPy {@code .npy} files (format version 1.0): the magic string, a little-endian header
 * length, a Python dict literal padded with spaces to a 64-byte boundary, then the raw
 * little-endian float32 data in C order. Readable with {@code numpy.load}.
 */
public final class NpyWriter {
    private NpyWriter() {}

    /** A 2-D float32 array of {@code rows.size()} × {@code columns}. */
    public static void write(Path file, List<float[]> rows, int columns) throws IOException {
        for (float[] row : rows) {
            if (row.length != columns) {
                throw new IllegalArgumentException("row of " + row.length + " values, expected " + columns);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header("(" + rows.size() + ", " + columns + ")"));
            ByteBuffer b = ByteBuffer.allocate(columns * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] row : rows) {
                b.clear();
                b.asFloatBuffer().put(row);
                out.write(b.array(), 0, columns * 4);
            }
        }
    }

    /** A 1-D float32 array. */
    public static void write(Path file, float[] values) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header("(" + values.length + ",)"));
            ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(values);
            out.write(b.array());
        }
    }

    static byte[] header(String shape) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        b.putShort((short) text.length());
        b.put(text.getBytes(StandardCharsets.US_ASCII));
        return b.array();
    }
}
