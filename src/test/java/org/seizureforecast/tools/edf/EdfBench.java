package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Throughput of the EDF writer and the streaming reader on a synthetic 23-channel 256 Hz file,
 * next to a plain FileChannel read of the same bytes (no decoding) as the baseline, in one run.
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -cp target/classes:target/test-classes org.seizureforecast.tools.edf.EdfBench [hours] [dir]
 * </pre>
 */
public final class EdfBench {
    private static final int CHANNELS = 23;
    private static final int RATE = 256;
    private static final int CHUNK_RECORDS = 60;

    private EdfBench() {}

    public static void main(String[] args) throws IOException {
        double hours = args.length > 0 ? Double.parseDouble(args[0]) : 2;
        Path dir = args.length > 1 ? Path.of(args[1]) : Path.of("target");
        Files.createDirectories(dir);
        Path file = dir.resolve("edf-bench.edf");
        int records = (int) Math.round(hours * 3600);
        float[][] chunk = noise(CHUNK_RECORDS * RATE);
        List<EdfSignal> signals = new ArrayList<>();
        for (int c = 0; c < CHANNELS; c++) {
            signals.add(EdfSignal.of("ch" + c, "uV", -800, 800, RATE));
        }
        long t0 = System.nanoTime();
        try (EdfWriter w =
                EdfWriter.create(file, new EdfWriter.Layout("bench", LocalDateTime.of(2024, 1, 1, 0, 0), 1, signals))) {
            for (int r = 0; r < records; r += CHUNK_RECORDS) {
                w.writeRecords(chunk, Math.min(CHUNK_RECORDS, records - r));
            }
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        double mb = Files.size(file) / 1e6;
        print("write", mb, writeSeconds);
        for (int round = 0; round < 3; round++) {
            print("read (EdfReader, decode to float)", mb, timeRead(file));
            print("read (FileChannel, bytes only)   ", mb, timeRawRead(file));
        }
        Files.delete(file);
    }

    private static double timeRead(Path file) throws IOException {
        long t0 = System.nanoTime();
        try (EdfReader reader = EdfReader.open(file)) {
            float[][] dest = new float[reader.header().signalCount()][];
            for (int s : reader.header().dataSignalIndices()) {
                dest[s] = new float[CHUNK_RECORDS * RATE];
            }
            double sink = 0;
            while (reader.read(dest, CHUNK_RECORDS) > 0) {
                sink += dest[0][17];
            }
            if (sink == 42.4242) {
                System.out.print("");
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double timeRawRead(Path file) throws IOException {
        long t0 = System.nanoTime();
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer b = ByteBuffer.allocateDirect(1 << 20);
            while (ch.read(b.clear()) > 0) {
                // bytes only
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static float[][] noise(int n) {
        SplittableRandom random = new SplittableRandom(1);
        float[][] data = new float[CHANNELS][n];
        for (float[] channel : data) {
            for (int i = 0; i < n; i++) {
                channel[i] = (float) (40 * random.nextGaussian());
            }
        }
        return data;
    }

    private static void print(String what, double mb, double seconds) {
        System.out.printf(Locale.ROOT, "%s: %.1f MB in %.2f s = %.0f MB/s%n", what, mb, seconds, mb / seconds);
    }
}
