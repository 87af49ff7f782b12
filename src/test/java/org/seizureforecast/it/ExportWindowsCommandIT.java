package org.seizureforecast.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;

/**
 * {@code export-windows} reads CHB-MIT as published (a case folder with its summary) and labels
 * across files: the real chb01_03 excerpts laid out as two files of case chb01, the summary
 * listing the seizure (1-41 s) in the second. The first file ends 49 min before that onset, so
 * on the patient's clock all its windows are preictal (50 to 5 min before onset); labelled from
 * its own file alone they would have been interictal.
 */
class ExportWindowsCommandIT {
    @TempDir
    Path work;

    @Test
    void exportsACHBMITCaseWithLabelsOnThePatientsClock() throws Exception {
        Path edfDir = TestData.require("data/chbmit-excerpts/edf");
        Path chb01 = work.resolve("chbmit/chb01");
        Files.createDirectories(chb01);
        for (String f : List.of("chb01_03_0000-0041s.edf", "chb01_03_2995-3036s.edf")) {
            Files.copy(edfDir.resolve(f), chb01.resolve(f));
        }
        Files.writeString(chb01.resolve("chb01-summary.txt"), """
                Data Sampling Rate: 256 Hz

                File Name: chb01_03_0000-0041s.edf
                File Start Time: 13:43:04
                File End Time: 13:43:45
                Number of Seizures in File: 0

                File Name: chb01_03_2995-3036s.edf
                File Start Time: 14:32:59
                File End Time: 14:33:40
                Number of Seizures in File: 1
                Seizure Start Time: 1 seconds
                Seizure End Time: 41 seconds
                """);

        Path out = work.resolve("windows");
        PackagedApp.Result r = PackagedApp.run(
                work, List.of(), "export-windows", work.resolve("chbmit").toString(), out.toString());
        assertThat(r.exitCode()).as(r.output()).isZero();

        JsonNode meta = new ObjectMapper().readTree(out.resolve("meta.json").toFile());
        assertThat(meta.get("patients").toString()).isEqualTo("[\"chb01\"]");
        assertThat(meta.at("/counts/preictal").asInt()).isEqualTo(15);
        assertThat(meta.at("/counts/ictal").asInt()).isEqualTo(15);
        assertThat(meta.at("/counts/interictal").asInt()).isZero();
        byte[] npy = Files.readAllBytes(out.resolve("labels.npy"));
        byte[] labels = Arrays.copyOfRange(npy, npy.length - 30, npy.length);
        byte[] expected = new byte[30];
        Arrays.fill(expected, 0, 15, (byte) 1);
        Arrays.fill(expected, 15, 30, (byte) 2);
        assertThat(labels).as("file order, preictal then ictal").isEqualTo(expected);
        assertThat(Files.size(out.resolve("windows.npy")))
                .as("30 float16 windows of 18 x 1280")
                .isGreaterThan(30L * 18 * 1280 * 2);
    }
}
