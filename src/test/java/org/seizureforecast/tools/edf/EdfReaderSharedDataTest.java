package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.seizureforecast.TestData;

/**
 * Every EDF in the shared real data reads, and matches MNE (python3-mne 1.3) within the file's
 * quantum on the samples in {@code mne_shared_samples.csv} (made by {@code mne_fixture.py}).
 */
class EdfReaderSharedDataTest {

    @Test
    void readsEveryEdfInSharedDataLikeMne() throws IOException {
        Path data = TestData.require("data");
        List<String[]> headers = csv("edf/mne_shared_headers.csv");
        List<String[]> samples = csv("edf/mne_shared_samples.csv");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".edf"))
                    .sorted()
                    .toList();
        }
        assertThat(files).isNotEmpty();
        assertThat(files)
                .as("every shared EDF has MNE reference values; rerun mne_fixture.py shared")
                .map(p -> data.relativize(p).toString())
                .containsExactlyInAnyOrderElementsOf(
                        headers.stream().map(h -> h[0]).toList());
        int checked = 0;
        for (String[] h : headers) {
            try (EdfReader reader = EdfReader.open(data.resolve(h[0]))) {
                EdfRecording rec = reader.readAll();
                EdfHeader header = rec.header();
                // MNE leaves out EDF+ annotation signals; compare the data signals, in MNE's order.
                int[] signals = header.dataSignalIndices();
                assertThat(signals.length).as(h[0]).isEqualTo(Integer.parseInt(h[1]));
                assertThat(header.sampleRate(signals[0])).as(h[0]).isEqualTo(Double.parseDouble(h[2]));
                assertThat(header.sampleCount(signals[0])).as(h[0]).isEqualTo(Long.parseLong(h[3]));
                assertThat(header.start()).as(h[0]).isEqualTo(LocalDateTime.parse(h[4]));
                for (String[] s : samples) {
                    if (s[0].equals(h[0])) {
                        int channel = signals[Integer.parseInt(s[1])];
                        float ours = rec.samples()[channel][Integer.parseInt(s[3])];
                        assertThat((double) ours)
                                .as("%s channel %d sample %s", h[0], channel, s[3])
                                .isCloseTo(
                                        Double.parseDouble(s[4]),
                                        Offset.offset(header.signal(channel).quantum()));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(samples.size());
    }

    @Test
    void keepsTheDuplicateT8P8LabelInFileOrder() throws IOException {
        try (EdfReader reader = EdfReader.open(TestData.chbmitEdf("chb01_03_0000-0041s.edf"))) {
            EdfHeader h = reader.header();
            assertThat(h.signalCount()).isEqualTo(23);
            assertThat(h.signal(14).label()).isEqualTo("T8-P8");
            assertThat(h.signal(22).label()).isEqualTo("T8-P8");
            assertThat(h.indexOf("T8-P8")).isEqualTo(14);
            assertThat(h.dataSignalIndices()).hasSize(23);
        }
    }

    @Test
    void readsChbmitSurrogateYear76As2076AndStartAsUtcMicros() throws IOException {
        try (EdfReader reader = EdfReader.open(TestData.chbmitEdf("chb01_03_2995-3036s.edf"))) {
            EdfHeader h = reader.header();
            assertThat(h.start()).isEqualTo(LocalDateTime.of(2076, 11, 6, 14, 32, 59));
            assertThat(h.startMicros()).isEqualTo(3_371_898_779L * 1_000_000L);
            assertThat(h.isEdfPlus()).isFalse();
            assertThat(h.recordDurationSeconds()).isEqualTo(1.0);
            assertThat(h.numRecords()).isEqualTo(41);
            assertThat(h.signal(0).physicalDimension()).isEqualTo("uV");
            assertThat(h.signal(0).quantum()).isCloseTo(1600.0 / 4095, Offset.offset(1e-12));
            assertThat(reader.annotations()).isEmpty();
            assertThat(reader.recordOnsets()).startsWith(0, 1, 2);
        }
    }

    @Test
    void streamsAnyRecordRangeWithTheSameValuesAsReadAll() throws IOException {
        try (EdfReader reader = EdfReader.open(TestData.chbmitEdf("chb01_03_0000-0041s.edf"))) {
            float[][] all = reader.readAll().samples();
            float[][] part = new float[23][3 * 256];
            assertThat(reader.readRecords(5, 3, part)).isEqualTo(3);
            assertThat(reader.position()).isEqualTo(8);
            for (int c = 0; c < 23; c++) {
                assertThat(part[c]).containsExactly(Arrays.copyOfRange(all[c], 5 * 256, 8 * 256));
            }
            float[][] onlyFirst = new float[23][];
            onlyFirst[0] = new float[10 * 256];
            reader.seek(36);
            assertThat(reader.read(onlyFirst, 10)).as("only 5 records remain").isEqualTo(5);
            assertThat(reader.read(onlyFirst, 10)).isZero();
        }
    }

    static List<String[]> csv(String resource) throws IOException {
        try (InputStream in = EdfReaderSharedDataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String[]> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split(",", -1));
                }
            }
            return rows;
        }
    }
}
