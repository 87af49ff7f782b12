package org.seizureforecast.tools.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A float32 NumPy {@code .npy} array read whole: the golden input/output pairs that
 * {@code models/export.sh} writes. Only what export writes is accepted (format 1-3, little-endian
 * {@code <f4}, C order); anything else is refused with the file named. Written by hand because
 * the format is a 10-line header plus raw floats and no library on our classpath reads it.
 */
public record NpyArray(long[] shape, float[] data) {
    private static final Pattern DESCR = Pattern.compile("'descr':\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order':\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\(([^)]*)\\)");

    public NpyArray {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    public static NpyArray read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10
                || (bytes[0] & 0xff) != 0x93
                || !"NUMPY".equals(new String(bytes, 1, 5, StandardCharsets.ISO_8859_1))) {
            throw new IllegalArgumentException(file + ": not a .npy file (bad magic)");
        }
        int major = bytes[6];
        int headerLen = major == 1 ? Short.toUnsignedInt(b.getShort(8)) : b.getInt(8);
        int start = major == 1 ? 10 : 12;
        String header = new String(bytes, start, headerLen, StandardCharsets.ISO_8859_1);
        String descr = group(DESCR, header, file);
        if (!"<f4".equals(descr) || "True".equals(group(FORTRAN, header, file))) {
            throw new IllegalArgumentException(
                    file + ": need little-endian float32 in C order, header is " + header.trim());
        }
        long[] shape = Arrays.stream(group(SHAPE, header, file).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong)
                .toArray();
        long count = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        int offset = start + headerLen;
        if (bytes.length - offset != count * 4) {
            throw new IllegalArgumentException(
                    file + ": " + (bytes.length - offset) + " data bytes for shape " + Arrays.toString(shape));
        }
        float[] data = new float[(int) count];
        b.position(offset);
        b.asFloatBuffer().get(data);
        return new NpyArray(shape, data);
    }

    private static String group(Pattern p, String header, Path file) {
        Matcher m = p.matcher(header);
        if (!m.find()) {
            throw new IllegalArgumentException(file + ": .npy header lacks " + p.pattern() + ": " + header.trim());
        }
        return m.group(1);
    }

    /** Elements per row of the first axis. */
    public int rowSize() {
        return shape.length == 0 || shape[0] == 0 ? data.length : (int) (data.length / shape[0]);
    }
}
