package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What our writer writes, our reader reads back: samples within half a quantum (plus float
 * rounding), header, TALs.
 */
class EdfWriterRoundTripTest {
    private static final LocalDateTime START = LocalDateTime.of(2024, 3, 1, 22, 15, 0);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void roundTripsRandomSignalsOfDifferentRatesWithinHalfAQuantum(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double duration = random.nextBoolean() ? 1.0 : 0.5;
        int records = 1 + random.nextInt(40);
        int ns = 1 + random.nextInt(6);
        List<EdfSignal> signals = new ArrayList<>();
        float[][] data = new float[ns][];
        for (int s = 0; s < ns; s++) {
            int spr = 1 + random.nextInt(300);
            double scale = Math.pow(10, random.nextDouble(-1, 4));
            data[s] = new float[records * spr];
            for (int i = 0; i < data[s].length; i++) {
                data[s][i] = (float) (scale * random.nextGaussian() + scale * random.nextDouble(-2, 2));
            }
            signals.add(EdfSignal.fitting("ch" + s, "uV", spr, data[s]));
        }
        Path file = dir.resolve("random.edf");
        try (EdfWriter writer = EdfWriter.create(file, new EdfWriter.Layout("p" + seed, START, duration, signals))) {
            // append in uneven chunks, as a stream would
            int done = 0;
            while (done < records) {
                int n = Math.min(records - done, 1 + random.nextInt(7));
                float[][] chunk = new float[ns][];
                for (int s = 0; s < ns; s++) {
                    int spr = signals.get(s).samplesPerRecord();
                    chunk[s] = Arrays.copyOfRange(data[s], done * spr, (done + n) * spr);
                }
                writer.writeRecords(chunk, n);
                done += n;
            }
            assertThat(writer.clippedSamples()).isZero();
        }
        try (EdfReader reader = EdfReader.open(file)) {
            EdfRecording rec = reader.readAll();
            assertThat(rec.header().numRecords()).isEqualTo(records);
            assertThat(rec.header().recordDurationSeconds()).isEqualTo(duration);
            assertThat(rec.header().start()).isEqualTo(START);
            assertThat(rec.header().isEdfPlus()).isTrue();
            assertThat(rec.header().signalCount()).isEqualTo(ns + 1);
            for (int s = 0; s < ns; s++) {
                EdfSignal read = rec.header().signal(s);
                assertThat(read).isEqualTo(signals.get(s));
                for (int i = 0; i < data[s].length; i++) {
                    assertThat((double) rec.samples()[s][i])
                            .isCloseTo(data[s][i], offset(read.quantum() / 2 + 2 * Math.ulp(data[s][i])));
                }
            }
            assertThat(rec.samples()[ns]).as("annotation signal has no samples").isNull();
            assertThat(rec.recordOnsets()[records - 1]).isEqualTo((records - 1) * duration);
        }
    }

    @Test
    void writesAnnotationsAsTalsIntoTheRecordsWhereTheyStart() throws IOException {
        Path file = dir.resolve("annotated.edf");
        try (EdfWriter writer = EdfWriter.create(file, layout(128))) {
            writer.annotate(30.5, 42.25, "sz_foc_ia");
            writer.annotate(3, Double.NaN, "eyes closed");
            writer.annotate(new EdfAnnotation(3, 0, List.of("blink", "Fp1")));
            writer.writeRecords(new float[][] {new float[60 * 256]}, 60);
        }
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.annotations())
                    .containsExactly(
                            new EdfAnnotation(3, Double.NaN, "eyes closed"),
                            new EdfAnnotation(3, 0, List.of("blink", "Fp1")),
                            new EdfAnnotation(30.5, 42.25, "sz_foc_ia"));
            assertThat(reader.recordOnsets()).hasSize(60).startsWith(0, 1, 2).endsWith(59);
        }
    }

    @Test
    void carriesAnnotationsThatDoNotFitOverToTheNextRecord() throws IOException {
        Path file = dir.resolve("crowded.edf");
        try (EdfWriter writer = EdfWriter.create(file, layout(32))) {
            for (int i = 0; i < 6; i++) {
                writer.annotate(0.25 * i, 1, "sz");
            }
            writer.writeRecords(new float[][] {new float[6 * 256]}, 6);
        }
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.annotations())
                    .extracting(EdfAnnotation::onsetSeconds)
                    .containsExactly(0.0, 0.25, 0.5, 0.75, 1.0, 1.25);
        }
    }

    @Test
    void failsAtCloseWhenAnAnnotationStartsAfterTheLastRecord() throws IOException {
        Path file = dir.resolve("late.edf");
        EdfWriter writer = EdfWriter.create(file, layout(128));
        writer.annotate(100, 1, "sz");
        writer.writeRecords(new float[][] {new float[10 * 256]}, 10);
        assertThatThrownBy(writer::close)
                .isInstanceOf(EdfException.class)
                .hasMessageContaining("EDF Annotations: 1 annotation(s) not written, first at 100.0 s");
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.header().numRecords())
                    .as("the file itself is still complete")
                    .isEqualTo(10);
        }
    }

    @Test
    void leavesTheRecordCountUnknownUntilClose() throws IOException {
        Path file = dir.resolve("open.edf");
        try (EdfWriter writer = EdfWriter.create(file, layout(128))) {
            writer.writeRecords(new float[][] {new float[3 * 256]}, 3);
            assertThat(field(file, 236, 8)).isEqualTo("-1      ");
            try (EdfReader reader = EdfReader.open(file)) {
                assertThat(reader.header().numRecords()).isEqualTo(3);
            }
        }
        assertThat(field(file, 236, 8)).isEqualTo("3       ");
    }

    @Test
    void clipsSamplesOutsideThePhysicalRangeAndCountsThem() throws IOException {
        Path file = dir.resolve("clipped.edf");
        float[] data = new float[256];
        data[3] = 5000;
        data[4] = -5000;
        try (EdfWriter writer = EdfWriter.create(file, layout(128))) {
            writer.writeRecords(new float[][] {data}, 1);
            assertThat(writer.clippedSamples()).isEqualTo(2);
        }
        try (EdfReader reader = EdfReader.open(file)) {
            float[] back = reader.readAll().samples()[0];
            assertThat(back[3]).isEqualTo(1000f);
            assertThat(back[4]).isEqualTo(-1000f);
        }
    }

    @Test
    void writesAPaddedPrintableAsciiHeaderWithEdfPlusFields() throws IOException {
        Path file = dir.resolve("header.edf");
        try (EdfWriter writer = EdfWriter.create(file, layout(128))) {
            writer.writeRecords(new float[][] {new float[256]}, 1);
        }
        byte[] header = Arrays.copyOf(Files.readAllBytes(file), 512 + 256);
        String text = new String(header, StandardCharsets.US_ASCII);
        assertThat(text).matches("[\\x20-\\x7e]*");
        assertThat(text.substring(0, 8)).isEqualTo("0       ");
        assertThat(text.substring(8, 88).trim()).isEqualTo("sub-01 X X X");
        assertThat(text.substring(88, 168).trim()).isEqualTo("Startdate 01-MAR-2024 X X X");
        assertThat(text.substring(168, 184)).isEqualTo("01.03.2422.15.00");
        assertThat(text.substring(184, 192)).isEqualTo("768     ");
        assertThat(text.substring(192, 236).trim()).isEqualTo("EDF+C");
        assertThat(text.substring(244, 256)).isEqualTo("1       2   ");
        assertThat(text.substring(256, 288)).isEqualTo("EEG Fp1-F7      EDF Annotations ");
    }

    @Test
    void keepsYearsAfter2084InTheEdfPlusStartdate() throws IOException {
        Path file = dir.resolve("future.edf");
        LocalDateTime start = LocalDateTime.of(2090, 1, 2, 3, 4, 5);
        try (EdfWriter writer = EdfWriter.create(
                file, new EdfWriter.Layout("x", start, 1, List.of(EdfSignal.of("a", "uV", -1, 1, 4))))) {
            writer.writeRecords(new float[][] {new float[4]}, 1);
        }
        assertThat(field(file, 168, 8)).isEqualTo("02.01.yy");
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.header().start()).isEqualTo(start);
        }
    }

    @Test
    void widensPhysicalBoundsToWhatEightCharactersHold() {
        EdfSignal s = EdfSignal.of("x", "uV", -123.4567891, 987.6543219, 1);
        assertThat(s.physicalMin()).isEqualTo(-123.457);
        assertThat(s.physicalMax()).isEqualTo(987.6544);
        assertThatThrownBy(() -> EdfSignal.of("y", "uV", -123456789.4, 5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit in 8 characters");
    }

    private static EdfWriter.Layout layout(int annotationBytes) {
        return new EdfWriter.Layout(
                "sub-01",
                START,
                1.0,
                List.of(new EdfSignal(
                        "EEG Fp1-F7", "AgAgCl electrode", "uV", -1000, 1000, -32768, 32767, "HP:0.1Hz LP:75Hz", 256)),
                annotationBytes);
    }

    private static String field(Path file, int offset, int width) throws IOException {
        return new String(Files.readAllBytes(file), offset, width, StandardCharsets.US_ASCII);
    }
}
