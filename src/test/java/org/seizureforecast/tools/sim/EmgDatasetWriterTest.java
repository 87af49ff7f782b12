package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/** The semi-real EMG set follows the EEGdenoiseNet mixing protocol and is valid .npy. */
class EmgDatasetWriterTest {
    @TempDir
    static Path dir;

    static Path out;

    @BeforeAll
    static void write() throws IOException {
        Path bonn = TestData.require("data/bonn-andrzejak2001");
        out = dir.resolve("emg");
        new EmgDatasetWriter(bonn, 5, 2).write(out, n -> {});
    }

    @Test
    void splitsBySegmentEightyTenTenWithElevenTwoSecondEpochsPerSegment() throws IOException {
        // 200 Bonn segments of 23.6 s -> 6040 samples at 256 Hz -> 11 epochs of 512
        assertThat(shape(out.resolve("train_noisy.npy"))).isEqualTo("(3520, 512)"); // 160 x 11 x 2 repeats
        assertThat(shape(out.resolve("val_clean.npy"))).isEqualTo("(2200, 512)"); // 20 x 11 x 10 levels
        assertThat(shape(out.resolve("test_noisy.npy"))).isEqualTo("(2200, 512)");
        assertThat(shape(out.resolve("test_snr_db.npy"))).isEqualTo("(2200,)");
        assertThat(out.resolve("README.md")).content().contains("EEGdenoiseNet");
    }

    @Test
    void mixesAtTheStatedSnrAndNormalisesByTheNoisyStd() throws IOException {
        float[] noisy = data(out.resolve("test_noisy.npy"));
        float[] clean = data(out.resolve("test_clean.npy"));
        float[] snr = data(out.resolve("test_snr_db.npy"));
        float[] std = data(out.resolve("test_std.npy"));
        for (int row = 0; row < snr.length; row += 97) {
            assertThat(snr[row]).as("test SNR levels cycle -7..2 dB").isEqualTo(-7f + row % 10);
            double eeg = 0;
            double emg = 0;
            double mean = 0;
            double sq = 0;
            for (int i = 0; i < 512; i++) {
                float n = noisy[row * 512 + i];
                float c = clean[row * 512 + i];
                eeg += c * c;
                emg += (n - c) * (n - c);
                mean += n / 512.0;
                sq += n * n / 512.0;
            }
            assertThat(Math.sqrt(eeg / emg))
                    .as("RMS(eeg)/RMS(emg) = 10^(SNR/10), row %d", row)
                    .isCloseTo(Math.pow(10, snr[row] / 10.0), offset(1e-3 * Math.pow(10, snr[row] / 10.0)));
            assertThat(Math.sqrt(sq - mean * mean))
                    .as("noisy std is 1 after normalisation")
                    .isCloseTo(1.0, offset(1e-4));
            assertThat(std[row]).isPositive();
        }
        float[] trainSnr = data(out.resolve("train_snr_db.npy"));
        for (float s : trainSnr) {
            assertThat(s).isBetween(-7f, 2f);
        }
    }

    @Test
    void simulatedEmgHasItsPowerAboveTwentyHertz() {
        float[] emg = EmgDatasetWriter.emgEpoch(3);
        double[] re = new double[512];
        double[] im = new double[512];
        for (int i = 0; i < 512; i++) {
            re[i] = emg[i];
        }
        Fft.transform(re, im, false);
        double low = 0;
        double total = 0;
        for (int k = 1; k < 256; k++) {
            double p = re[k] * re[k] + im[k] * im[k];
            total += p;
            low += k * 0.5 < 20 ? p : 0;
        }
        assertThat(low / total).isLessThan(0.1);
    }

    static String shape(Path npy) throws IOException {
        String header = header(Files.readAllBytes(npy));
        return header.replaceAll(".*'shape': (\\([^)]*\\)).*", "$1").trim();
    }

    private static String header(byte[] bytes) {
        int length = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
        return new String(bytes, 10, length, StandardCharsets.US_ASCII).trim();
    }

    static float[] data(Path npy) throws IOException {
        byte[] bytes = Files.readAllBytes(npy);
        int length = ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort() & 0xffff;
        ByteBuffer b =
                ByteBuffer.wrap(bytes, 10 + length, bytes.length - 10 - length).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }
}
