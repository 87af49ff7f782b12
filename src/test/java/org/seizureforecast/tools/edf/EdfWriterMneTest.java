package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our writer's output opens in MNE with the same values within one quantum and the same
 * annotations. MNE is not needed here: its reading of {@link WriterFixture}'s file is the
 * committed {@code mne_writer_readback.csv}, and the SHA-256 check makes sure that file is still
 * byte for byte what the writer produces today.
 */
class EdfWriterMneTest {

    @TempDir
    Path dir;

    @Test
    void writerOutputReadsInMneWithinOneQuantum() throws IOException, NoSuchAlgorithmException {
        Path file = dir.resolve("writer-fixture.edf");
        WriterFixture.write(file);
        List<String[]> rows = EdfReaderSharedDataTest.csv("edf/mne_writer_readback.csv");
        String sha =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(sha)
                .as("writer output changed: regenerate mne_writer_readback.csv (see mne_fixture.py)")
                .isEqualTo(row(rows, "sha256").get(0)[1]);

        float[][] data = WriterFixture.data();
        List<EdfSignal> signals = WriterFixture.layout(data).signals();
        String[] header = row(rows, "header").get(0);
        assertThat(header[1]).isEqualTo("4");
        assertThat(header[3]).isEqualTo(String.valueOf(WriterFixture.RECORDS * WriterFixture.RATE));
        assertThat(header[4]).isEqualTo("2076-11-06T13:43:04");
        List<String[]> samples = row(rows, "sample");
        assertThat(samples).hasSizeGreaterThan(30);
        for (String[] s : samples) {
            int channel = Integer.parseInt(s[1]);
            double mne = Double.parseDouble(s[4]);
            assertThat(mne)
                    .as("MNE channel %d sample %s", channel, s[3])
                    .isCloseTo(
                            data[channel][Integer.parseInt(s[3])],
                            offset(signals.get(channel).quantum()));
        }
        List<String[]> annotations = row(rows, "annotation");
        assertThat(annotations).extracting(a -> a[3]).containsExactly("bckg", "sz_foc", "blink");
        assertThat(annotations).extracting(a -> Double.parseDouble(a[1])).containsExactly(0.0, 2.5, 7.125);
        assertThat(annotations).extracting(a -> Double.parseDouble(a[2])).containsExactly(10.0, 3.25, 0.0);
    }

    private static List<String[]> row(List<String[]> rows, String kind) {
        return rows.stream().filter(r -> r[0].equals(kind)).toList();
    }
}
