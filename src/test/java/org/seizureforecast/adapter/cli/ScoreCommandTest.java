package org.seizureforecast.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.TestData;
import picocli.CommandLine;

/** The {@code score} command end to end, in process, through the real command line and error handler. */
class ScoreCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER =
            "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n";

    @TempDir
    Path tmp;

    record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new RootCommand())
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(err, true))
                    .setExecutionExceptionHandler(Main::handleFailure)
                    .execute(args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setErr(systemErr);
        }
    }

    private Path tree(String root, String subject, String run, String tsv) throws IOException {
        Path file = tmp.resolve(root)
                .resolve(subject)
                .resolve("ses-01/eeg")
                .resolve(subject + "_ses-01_task-szMonitoring_run-" + run + "_events.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv);
        return file;
    }

    @Test
    void writesTheOfficialDatasetResultPlusSubjectAndRecordingCounts() throws IOException {
        Path dataset = TestData.require("szcore-vectors/datasets/d01-mixed");
        JsonNode expected =
                JSON.readTree(dataset.resolve("expected.json").toFile()).get("expected");
        Path out = tmp.resolve("out.json");

        Run r = run(
                "score",
                dataset.resolve("ref").toString(),
                dataset.resolve("hyp").toString(),
                out.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(out.toFile());
        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly("sample_results", "event_results", "subjects", "recordings");
        assertThat(json.get("event_results").get("f1").asDouble())
                .isCloseTo(
                        expected.get("avgPerSubject")
                                .get("event_results")
                                .get("f1")
                                .asDouble(),
                        Assertions.within(1e-12));
        assertThat(json.get("sample_results").get("fpRate_std").asDouble())
                .isCloseTo(
                        expected.get("avgPerSubject")
                                .get("sample_results")
                                .get("fpRate_std")
                                .asDouble(),
                        Assertions.within(1e-9));
        JsonNode sub3 = json.get("subjects").get("sub-03").get("event");
        assertThat(sub3.get("sensitivity").isNull()).isTrue();
        assertThat(sub3.get("numSamples").asLong()).isEqualTo(72000);
        assertThat(json.get("subjects").get("sub-02").get("sample").get("fp").asLong())
                .isEqualTo(70);
        assertThat(json.get("recordings")).hasSize(6);
        JsonNode missing =
                json.get("recordings").get("sub-03/ses-01/eeg/sub-03_ses-01_task-szMonitoring_run-01_events.tsv");
        assertThat(missing.get("hypothesisPresent").asBoolean()).isFalse();
        assertThat(missing.get("subject").asText()).isEqualTo("sub-03");
        assertThat(r.out()).contains("scored 6 recordings of 3 subjects");
    }

    @Test
    void pooledAndLegacyF1MatchTheReferenceOutputs() throws IOException {
        Path dataset = TestData.require("szcore-vectors/datasets/d01-mixed");
        JsonNode expected =
                JSON.readTree(dataset.resolve("expected.json").toFile()).get("expected");
        Path pooled = tmp.resolve("pooled.json");
        Path legacy = tmp.resolve("legacy.json");

        assertThat(run(
                                "score",
                                dataset.resolve("ref").toString(),
                                dataset.resolve("hyp").toString(),
                                pooled.toString(),
                                "--pooled")
                        .exitCode())
                .isZero();
        assertThat(run(
                                "score",
                                dataset.resolve("ref").toString(),
                                dataset.resolve("hyp").toString(),
                                legacy.toString(),
                                "--f1",
                                "v0.0.6")
                        .exitCode())
                .isZero();

        JsonNode p = JSON.readTree(pooled.toFile()).get("sample_results");
        assertThat(p.has("f1_std")).isFalse();
        assertThat(p.get("fpRate").asDouble())
                .isCloseTo(
                        expected.get("cumulated")
                                .get("sample_results")
                                .get("fpRate")
                                .asDouble(),
                        Assertions.within(1e-9));
        assertThat(JSON.readTree(legacy.toFile())
                        .get("sample_results")
                        .get("f1_std")
                        .asDouble())
                .isEqualTo(expected.get("avgPerSubject_timescoring_0_0_6")
                        .get("sample_results")
                        .get("f1_std")
                        .asDouble());
    }

    @Test
    void unknownCodeIsOneErrorLineNamingFileAndLineWithExitCode2() throws IOException {
        Path ref = tree("ref", "sub-01", "00", HEADER + "600.00\t40.00\tsz-foc\tn/a\tn/a\tn/a\t3600.00\n");
        Files.createDirectories(tmp.resolve("hyp"));

        Run r = run(
                "score",
                tmp.resolve("ref").toString(),
                tmp.resolve("hyp").toString(),
                tmp.resolve("out.json").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines())
                .containsExactly("error: " + ref + ": line 2: unknown eventType"
                        + " 'sz-foc' (did you mean 'sz_foc'? codes use underscores, are case-sensitive and"
                        + " have no surrounding blanks)");
        assertThat(tmp.resolve("out.json")).doesNotExist();
    }

    @Test
    void headerOnlyReferenceAndMissingRootsAreBadInput() throws IOException {
        tree("ref", "sub-01", "00", HEADER);
        Files.createDirectories(tmp.resolve("hyp"));
        Run headerOnly = run(
                "score",
                tmp.resolve("ref").toString(),
                tmp.resolve("hyp").toString(),
                tmp.resolve("out.json").toString());
        Run noRoot = run(
                "score",
                tmp.resolve("nowhere").toString(),
                tmp.resolve("hyp").toString(),
                tmp.resolve("out.json").toString());
        Run badF1 = run(
                "score",
                tmp.resolve("ref").toString(),
                tmp.resolve("hyp").toString(),
                tmp.resolve("out.json").toString(),
                "--f1",
                "v0.0.5");

        assertThat(headerOnly.exitCode()).isEqualTo(2);
        assertThat(headerOnly.err())
                .startsWith("error: ")
                .contains("header only")
                .hasLineCount(1);
        assertThat(noRoot.exitCode()).isEqualTo(2);
        assertThat(noRoot.err())
                .contains("nowhere: reference root is not a directory")
                .hasLineCount(1);
        assertThat(badF1.exitCode()).isEqualTo(2);
        assertThat(badF1.err()).isEqualTo("error: --f1: unknown F1 version 'v0.0.5'; use v0.0.7 or v0.0.6\n");
    }

    @Test
    void durationMismatchScoresAsEmptyWithAWarning() throws IOException {
        tree("ref", "sub-01", "00", HEADER + "600.00\t40.00\tsz\tn/a\tn/a\tn/a\t3600.00\n");
        Path hyp = tree("hyp", "sub-01", "00", HEADER + "600.00\t40.00\tsz\tn/a\tn/a\tn/a\t3599.00\n");
        Path out = tmp.resolve("out.json");

        Run r = run("score", tmp.resolve("ref").toString(), tmp.resolve("hyp").toString(), out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err())
                .startsWith("warning: " + hyp + ": recordingDuration 3599.0 s differs")
                .hasLineCount(1);
        JsonNode recording =
                JSON.readTree(out.toFile()).get("recordings").elements().next();
        assertThat(recording.get("event").get("tp").asLong()).isZero();
        assertThat(recording.get("hypothesisReplacedByEmpty").get("stage").asText())
                .isEqualTo("scoring");
    }

    @Test
    void forecastModeScoresAlarmsAgainstSeizureOnsets() throws IOException {
        tree("ref", "sub-01", "00", HEADER + "5000.00\t60.00\tsz\tn/a\tn/a\tn/a\t14400.00\n");
        // 4000 s is 1000 s before onset (inside [5000-3000, 5000-300]); 12000 s is interictal.
        tree(
                "alarms",
                "sub-01",
                "00",
                HEADER + "4000.00\t0.00\tsz\tn/a\tn/a\tn/a\t14400.00\n"
                        + "12000.00\t0.00\tsz\tn/a\tn/a\tn/a\t14400.00\n");
        Path out = tmp.resolve("forecast.json");

        Run r = run(
                "score", tmp.resolve("ref").toString(), tmp.resolve("alarms").toString(), out.toString(), "--forecast");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode forecast = JSON.readTree(out.toFile()).get("forecast");
        JsonNode dataset = forecast.get("dataset");
        assertThat(dataset.get("sensitivity").asDouble()).isEqualTo(1.0);
        assertThat(dataset.get("falseAlarms").asLong()).isEqualTo(1);
        // interictal = 14400 - (5060 + 1800 - 2000) = 9540 s
        assertThat(dataset.get("interictalHours").asDouble()).isEqualTo(9540 / 3600.0);
        assertThat(dataset.get("timeInWarning").asDouble()).isEqualTo((2700 + 2100) / 14400.0);
        assertThat(forecast.get("parameters").get("sopSeconds").asDouble()).isEqualTo(2700);
        assertThat(JSON.readTree(out.toFile())
                        .get("event_results")
                        .get("sensitivity")
                        .asDouble())
                .isEqualTo(1.0);
    }
}
