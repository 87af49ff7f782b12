package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small, fully deterministic EDF+C file from our writer: 4 signals at 256 Hz with different
 * physical ranges, 10 one-second records, 3 annotations. MNE's reading of it is committed in
 * {@code src/test/resources/edf/mne_writer_readback.csv}; regenerate with the commands in
 * {@code mne_fixture.py} whenever the writer's bytes change (the test compares the SHA-256).
 */
public final class WriterFixture {
    static final int RECORDS = 10;
    static final int RATE = 256;
    static final List<EdfAnnotation> ANNOTATIONS = List.of(
            new EdfAnnotation(2.5, 3.25, "sz_foc"),
            new EdfAnnotation(0, 10, "bckg"),
            new EdfAnnotation(7.125, 0, "blink"));

    private WriterFixture() {}

    static float[][] data() {
        SplittableRandom random = new SplittableRandom(42);
        float[][] data = new float[4][RECORDS * RATE];
        for (int i = 0; i < RECORDS * RATE; i++) {
            double t = i / (double) RATE;
            data[0][i] = (float) (80 * Math.sin(2 * Math.PI * 10 * t) + 20 * random.nextGaussian());
            data[1][i] = (float) (300 * Math.sin(2 * Math.PI * 3 * t));
            data[2][i] = (float) (5 * random.nextGaussian());
            data[3][i] = (float) (1000 * Math.sin(2 * Math.PI * 0.5 * t) + 2);
        }
        return data;
    }

    static EdfWriter.Layout layout(float[][] data) {
        return new EdfWriter.Layout(
                "fixture",
                LocalDateTime.of(2076, 11, 6, 13, 43, 4),
                1.0,
                List.of(
                        EdfSignal.fitting("FP1-F7", "uV", RATE, data[0]),
                        EdfSignal.of("F7-T7", "uV", -400, 400, RATE),
                        EdfSignal.fitting("T8-P8", "uV", RATE, data[2]),
                        EdfSignal.fitting("T8-P8", "uV", RATE, data[3])));
    }

    static void write(Path file) throws IOException {
        float[][] data = data();
        try (EdfWriter writer = EdfWriter.create(file, layout(data))) {
            ANNOTATIONS.forEach(writer::annotate);
            writer.writeRecords(data, RECORDS);
        }
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }
}
