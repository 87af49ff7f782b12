package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.seizureforecast.TestData;

/** Real CHB-MIT summaries parse to the seizures of their independent parse; malformed ones are named. */
class ChbMitSummaryTest {

    @Test
    void realSummariesGiveTheSeizuresOfTheReferenceParse() throws IOException {
        Path dir = TestData.require("data/chbmit-siena-annotation-samples/chbmit");
        List<String> expected = new ArrayList<>();
        List<String> rows = Files.readAllLines(dir.resolve("seizures_parsed.tsv"));
        for (String line : rows.subList(1, rows.size())) {
            String[] f = line.split("\t");
            expected.add(f[0] + " " + Double.parseDouble(f[1]) + " "
                    + (Double.parseDouble(f[1]) + Double.parseDouble(f[2])));
        }
        List<String> parsed = new ArrayList<>();
        int entries = 0;
        for (String summary : List.of("chb05-summary.txt", "chb08-summary.txt")) {
            ChbMitSummary s = ChbMitSummary.read(dir.resolve(summary));
            entries += s.entries().size();
            for (ChbMitSummary.Entry e : s.entries()) {
                for (ChbMitSummary.Seizure z : e.seizures()) {
                    parsed.add(e.fileName() + " " + z.startSeconds() + " " + z.endSeconds());
                }
            }
        }
        assertThat(expected).hasSize(10);
        assertThat(parsed).containsExactlyElementsOf(expected);
        assertThat(entries).as("files listed, with and without seizures").isGreaterThan(parsed.size());
        ChbMitSummary chb05 = ChbMitSummary.read(dir.resolve("chb05-summary.txt"));
        assertThat(chb05.entry("chb05_01.edf"))
                .get()
                .extracting(ChbMitSummary.Entry::seizures)
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .isEmpty();
        assertThat(chb05.entry("chb05_06.edf"))
                .get()
                .satisfies(e -> assertThat(e.seizures()).containsExactly(new ChbMitSummary.Seizure(417, 532)));
    }

    @Test
    void readsBothSpellingsOfTheSeizureLinesAndSkipsChannelChanges() throws EdfException {
        ChbMitSummary s = ChbMitSummary.parse(
                "x-summary.txt",
                List.of(
                        "Channels in EDF Files:",
                        "Channel 1: FP1-F7",
                        "",
                        "File Name: chb09_01.edf",
                        "File Start Time: 6:22:15",
                        "Number of Seizures in File: 2",
                        "Seizure 1 Start Time: 12 seconds",
                        "Seizure 1 End Time:  40 seconds",
                        "Seizure 2 Start Time: 100 seconds",
                        "Seizure 2 End Time: 130 seconds",
                        "",
                        "Channels changed:",
                        "Channel 1: FP1-F7",
                        "",
                        "File Name: chb09_02.edf",
                        "Number of Seizures in File: 1",
                        "Seizure Start Time: 5 seconds",
                        "Seizure End Time: 9 seconds"));
        assertThat(s.entries())
                .extracting(ChbMitSummary.Entry::fileName)
                .containsExactly("chb09_01.edf", "chb09_02.edf");
        assertThat(s.entry("chb09_01.edf").orElseThrow().seizures())
                .containsExactly(new ChbMitSummary.Seizure(12, 40), new ChbMitSummary.Seizure(100, 130));
        assertThat(s.entry("chb09_02.edf").orElseThrow().seizures()).containsExactly(new ChbMitSummary.Seizure(5, 9));
    }

    @Test
    void malformedSummariesAreRefusedWithTheFileAndLine() {
        assertThatThrownBy(() -> ChbMitSummary.parse(
                        "a-summary.txt",
                        List.of(
                                "File Name: a_01.edf",
                                "Number of Seizures in File: 2",
                                "Seizure Start Time: 1 seconds",
                                "Seizure End Time: 5 seconds")))
                .isInstanceOf(EdfException.class)
                .hasMessage("a-summary.txt: line 1: a_01.edf: declares 2 seizure(s) but lists 1");
        assertThatThrownBy(() -> ChbMitSummary.parse(
                        "b-summary.txt",
                        List.of("File Name: b_01.edf", "Seizure Start Time: 9 seconds", "Seizure End Time: 5 seconds")))
                .isInstanceOf(EdfException.class)
                .hasMessage("b-summary.txt: line 3: b_01.edf: seizure end 5.0 s is not after its start 9.0 s");
        assertThatThrownBy(() -> ChbMitSummary.parse("c-summary.txt", List.of("Seizure Start Time: 9 seconds")))
                .isInstanceOf(EdfException.class)
                .hasMessage("c-summary.txt: line 1: 'Seizure Start Time: 9 seconds' before any 'File Name:' line");
        assertThatThrownBy(() -> ChbMitSummary.parse(
                        "d-summary.txt", List.of("File Name: d_01.edf", "Seizure Start Time: 9 seconds")))
                .isInstanceOf(EdfException.class)
                .hasMessage("d-summary.txt: line 1: d_01.edf: a seizure start without its end");
        assertThatThrownBy(() -> ChbMitSummary.parse("e-summary.txt", List.of("hello")))
                .isInstanceOf(EdfException.class)
                .hasMessageContaining("no 'File Name:' entries");
    }
}
