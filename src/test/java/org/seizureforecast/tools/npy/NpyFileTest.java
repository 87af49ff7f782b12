package org.seizureforecast.tools.npy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFileTest {
    @TempDir
    Path tmp;

    @Test
    void streamedFloat32FileReadsBackWithItsFinalShape() throws Exception {
        Path f = tmp.resolve("a.npy");
        try (NpyFile npy = NpyFile.create(f, NpyFile.Dtype.F4, 2, 3)) {
            npy.append(new float[] {1, 2, 3, 4, 5, 6}, 0);
            npy.append(new float[] {0, 7, 8, 9, 10, 11, 12}, 1);
        }
        NpyArray a = NpyArray.read(f);
        assertThat(a.shape()).containsExactly(2, 2, 3);
        assertThat(a.data()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void halfPrecisionMatchesIeeeBinary16() {
        assertThat(NpyFile.toHalf(0f)).isEqualTo((short) 0x0000);
        assertThat(NpyFile.toHalf(-0f)).isEqualTo((short) 0x8000);
        assertThat(NpyFile.toHalf(1f)).isEqualTo((short) 0x3c00);
        assertThat(NpyFile.toHalf(-2f)).isEqualTo((short) 0xc000);
        assertThat(NpyFile.toHalf(65504f)).isEqualTo((short) 0x7bff);
        assertThat(NpyFile.toHalf(1e6f)).isEqualTo((short) 0x7c00);
        assertThat(NpyFile.toHalf(Float.NaN) & 0x7c00).isEqualTo(0x7c00);
        assertThat(NpyFile.toHalf(5.9604645e-8f)).isEqualTo((short) 0x0001); // smallest subnormal
        assertThat(NpyFile.toHalf(0.333333f)).isEqualTo((short) 0x3555);
        assertThat(NpyFile.toHalf(1.0009766f)).isEqualTo((short) 0x3c01);
        // halfway between 0x3c00 and 0x3c01 rounds to even
        assertThat(NpyFile.toHalf(1f + 0x1p-11f)).isEqualTo((short) 0x3c00);
    }

    @Test
    void scalarFilesHaveOneDimensionAndTheirDtype() throws Exception {
        Path f = tmp.resolve("l.npy");
        try (NpyFile npy = NpyFile.create(f, NpyFile.Dtype.I1)) {
            npy.append(-1);
            npy.append(2);
        }
        byte[] bytes = Files.readAllBytes(f);
        int headerLen =
                ByteBuffer.wrap(bytes, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        String header = new String(bytes, 10, headerLen, StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '|i1'").contains("'shape': (2,)");
        assertThat((10 + headerLen) % 64).isZero();
        assertThat(bytes[10 + headerLen]).isEqualTo((byte) -1);
        assertThat(bytes[11 + headerLen]).isEqualTo((byte) 2);
    }
}
