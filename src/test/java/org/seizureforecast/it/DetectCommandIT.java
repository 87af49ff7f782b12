package org.seizureforecast.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;

/**
 * Acceptance (issue 4): {@code detect} on each real chb01 excerpt writes a valid SzCORE TSV (its
 * duration equal to the EDF's) that our reader and {@code score} accept, scored against the
 * excerpts' reference annotations.
 */
class DetectCommandIT {
    private static final List<String> EXCERPTS = List.of(
            "chb01_03_0000-0041s",
            "chb01_03_2995-3036s",
            "chb01_04_1470-1480s",
            "chb01_15_1730-1740s",
            "chb01_16_1010-1020s");

    @TempDir
    Path work;

    @Test
    void detectWritesValidSubmissionsThatScoreAccepts() throws Exception {
        Path edfDir = TestData.require("data/chbmit-excerpts/edf");
        Path ref = work.resolve("ref/sub-01/ses-01/eeg");
        Path hyp = work.resolve("hyp/sub-01/ses-01/eeg");
        Files.createDirectories(ref);
        Files.createDirectories(hyp);
        for (int i = 0; i < EXCERPTS.size(); i++) {
            String name = EXCERPTS.get(i);
            String bids = "sub-01_ses-01_task-szMonitoring_run-0" + i + "_events.tsv";
            Files.copy(edfDir.resolve(name + "_events.tsv"), ref.resolve(bids));
            PackagedApp.Result r = PackagedApp.run(
                    work,
                    List.of(),
                    "detect",
                    edfDir.resolve(name + ".edf").toString(),
                    hyp.resolve(bids).toString());
            assertThat(r.exitCode()).as(r.output()).isZero();
            AnnotationFile written = AnnotationReader.read(hyp.resolve(bids));
            AnnotationFile reference = AnnotationReader.read(ref.resolve(bids));
            assertThat(written.recordingDuration()).isEqualTo(reference.recordingDuration());
            assertThat(written.rows()).isNotEmpty();
        }
        PackagedApp.Result score = PackagedApp.run(
                work,
                List.of(),
                "score",
                work.resolve("ref").toString(),
                work.resolve("hyp").toString(),
                work.resolve("out.json").toString());
        assertThat(score.exitCode()).as(score.output()).isZero();
        JsonNode json = new ObjectMapper().readTree(work.resolve("out.json").toFile());
        assertThat(json.at("/event_results/sensitivity").isNumber()).isTrue();
        assertThat(json.at("/recordings").size()).isEqualTo(EXCERPTS.size());
        System.out.println("detect on the chb01 excerpts, scored: " + json.get("event_results"));
    }
}
