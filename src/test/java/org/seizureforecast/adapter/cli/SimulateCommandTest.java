package org.seizureforecast.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The simulate command's options and bad-input errors (plain picocli, no Quarkus start). */
class SimulateCommandTest {

    @TempDir
    Path dir;

    private static SimulateCommand parse(String... args) {
        SimulateCommand command = new SimulateCommand();
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command;
    }

    @Test
    void writesADatasetWithTheContractsOptions() throws Exception {
        Path out = dir.resolve("out");
        int code = parse(
                        out.toString(),
                        "--patients",
                        "2",
                        "--hours",
                        "0.05",
                        "--seed",
                        "9",
                        "--seizures",
                        "0",
                        "--montage",
                        "average",
                        "--threads",
                        "1")
                .call();
        assertThat(code).isZero();
        assertThat(out.resolve("participants.tsv")).exists();
        assertThat(out.resolve("sub-02/ses-01/eeg/sub-02_ses-01_task-szMonitoring_run-00_eeg.edf"))
                .exists();
        assertThat(out.resolve("sub-01/ses-01/eeg/sub-01_ses-01_task-szMonitoring_run-00_events.tsv"))
                .content()
                .contains("\tbckg\t");
    }

    @Test
    void refusesANonEmptyOutputFolder() throws Exception {
        Files.writeString(dir.resolve("something"), "x");
        assertThatThrownBy(() -> parse(dir.toString()).call())
                .isInstanceOf(BadInputException.class)
                .hasMessage(dir + ": exists and is not empty (simulate never overwrites)");
    }

    @Test
    void reportsOutOfRangeOptionsAsBadInput() {
        assertThatThrownBy(() ->
                        parse(dir.resolve("a").toString(), "--hours", "-1").call())
                .isInstanceOf(BadInputException.class)
                .hasMessage("simulate: hours must be in (0, 336], was -1.0");
        assertThatThrownBy(() -> parse(dir.resolve("b").toString(), "--preictal-strength", "2")
                        .call())
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("preictal strength must be in [0, 1]");
    }

    @Test
    void reportsAMissingBonnFolderForTheEmgSet() {
        assertThatThrownBy(() -> parse(
                                dir.resolve("c").toString(),
                                "--emg-set",
                                "--bonn",
                                dir.resolve("nowhere").toString())
                        .call())
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("setA_Z_healthy_eyes_open.csv: not found");
    }
}
