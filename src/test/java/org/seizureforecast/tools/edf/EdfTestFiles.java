package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Valid files from our writer, and byte patches that break them in one place. */
final class EdfTestFiles {
    /** Signals in {@link WriterFixture}'s file: 4 data + the annotation signal. */
    static final int NS = 5;

    private EdfTestFiles() {}

    static Path valid(Path dir) throws IOException {
        Path file = dir.resolve("valid.edf");
        WriterFixture.write(file);
        return file;
    }

    /** Overwrites an ASCII header field starting at {@code offset}, padded with spaces to {@code width}. */
    static void patchField(Path file, long offset, int width, String value) throws IOException {
        patch(file, offset, (value + " ".repeat(width - value.length())).getBytes(StandardCharsets.US_ASCII));
    }

    static void patch(Path file, long offset, byte[] bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            f.write(bytes);
        }
    }

    static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(length);
        }
    }

    /** Offset of signal {@code signal}'s field in the per-signal block {@code fieldBase} (see EDF spec). */
    static long signalField(int signal, int widthBefore, int width) {
        return 256 + (long) NS * widthBefore + (long) width * signal;
    }

    // Sum of the widths of the per-signal fields that come before each field, times ns.
    static final int BEFORE_PHYS_MIN = 16 + 80 + 8;
    static final int BEFORE_PHYS_MAX = BEFORE_PHYS_MIN + 8;
    static final int BEFORE_DIG_MIN = BEFORE_PHYS_MAX + 8;
    static final int BEFORE_DIG_MAX = BEFORE_DIG_MIN + 8;
    static final int BEFORE_SAMPLES = BEFORE_DIG_MAX + 8 + 80;
}
