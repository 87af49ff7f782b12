package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/** Single EDF files and BIDS datasets resolve to ordered recordings with their annotations. */
class EdfInputsTest {

    @TempDir
    Path dir;

    @Test
    void resolvesASingleChbmitFileWithItsEventsFile() throws IOException {
        Path edf = TestData.chbmitEdf("chb01_03_2995-3036s.edf");
        assertThat(EdfInputs.resolve(edf)).singleElement().satisfies(r -> {
            assertThat(r.subject()).isEqualTo("chb01_03_2995-3036s");
            assertThat(r.events()).isEqualTo(edf.resolveSibling("chb01_03_2995-3036s_events.tsv"));
        });
    }

    @Test
    void resolvesABidsDatasetInSubjectAndRunOrderSkippingDerivatives() throws IOException {
        for (String f : List.of(
                "sub-02/ses-01/eeg/sub-02_ses-01_task-szMonitoring_run-00_eeg.edf",
                "sub-01/ses-01/eeg/sub-01_ses-01_task-szMonitoring_run-10_eeg.edf",
                "sub-01/ses-01/eeg/sub-01_ses-01_task-szMonitoring_run-02_eeg.edf",
                "sub-01/ses-01/eeg/sub-01_ses-01_task-szMonitoring_run-02_events.tsv",
                "derivatives/x/sub-01/ses-01/eeg/sub-01_ses-01_task-szMonitoring_run-00_eeg.edf")) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), "");
        }
        List<EdfInputs.Recording> recordings = EdfInputs.resolve(dir);
        assertThat(recordings)
                .extracting(r -> r.subject() + "/" + r.run())
                .containsExactly("sub-01/2", "sub-01/10", "sub-02/0");
        assertThat(recordings.get(0).events()).isNotNull();
        assertThat(recordings.get(1).events()).isNull();
        assertThat(EdfInputs.resolve(dir.resolve("sub-02"))).hasSize(1);
    }

    @Test
    void rejectsWhatIsNeitherAnEdfNorABidsFolder() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> EdfInputs.resolve(text))
                .isInstanceOf(EdfException.class)
                .hasMessage(text + ": input: not an .edf file or a BIDS folder");
        assertThatThrownBy(() -> EdfInputs.resolve(dir.resolve("missing")))
                .hasMessageEndingWith("no such file or folder");
        Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> EdfInputs.resolve(dir.resolve("empty")))
                .hasMessageContaining("no sub-*_eeg.edf recordings");
    }

    @Test
    void resolvesACHBMITFolderFromItsSummariesInListedOrderWithTheSummarysSeizures() throws IOException {
        Path chb05 = dir.resolve("physionet/chb05");
        Files.createDirectories(chb05);
        Files.copy(
                TestData.require("data/chbmit-siena-annotation-samples/chbmit/chb05-summary.txt"),
                chb05.resolve("chb05-summary.txt"));
        for (String f : List.of("chb05_13.edf", "chb05_06.edf", "chb05_02.edf")) { // a partial download
            Files.writeString(chb05.resolve(f), "");
        }
        List<EdfInputs.Recording> recordings = EdfInputs.resolve(dir.resolve("physionet"));
        assertThat(recordings)
                .extracting(r -> r.edf().getFileName().toString())
                .containsExactly("chb05_02.edf", "chb05_06.edf", "chb05_13.edf");
        assertThat(recordings).extracting(EdfInputs.Recording::subject).containsOnly("chb05");
        assertThat(recordings.get(0).summarySeizures()).isEmpty();
        assertThat(recordings.get(1).summarySeizures()).containsExactly(new ChbMitSummary.Seizure(417, 532));
        assertThat(recordings.get(2).summarySeizures()).containsExactly(new ChbMitSummary.Seizure(1086, 1196));
        assertThat(EdfInputs.resolve(chb05.resolve("chb05_06.edf")))
                .singleElement()
                .satisfies(r -> assertThat(r.summarySeizures()).containsExactly(new ChbMitSummary.Seizure(417, 532)));
    }

    @Test
    void aCHBMITSummaryWithoutItsFilesIsNamed() throws IOException {
        Files.copy(
                TestData.require("data/chbmit-siena-annotation-samples/chbmit/chb08-summary.txt"),
                dir.resolve("chb08-summary.txt"));
        assertThatThrownBy(() -> EdfInputs.resolve(dir))
                .isInstanceOf(EdfException.class)
                .hasMessageEndingWith("EDF file(s) and none of them is present beside its summary");
    }
}
