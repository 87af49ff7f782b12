package org.seizureforecast.tools.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.seizureforecast.TestData;

/**
 * Runs every conformance vector of {@code shared/szcore-vectors} (produced by the official
 * tooling) and matches every expected value: counts exactly, ratios to 1e-9 relative, both F1
 * versions, scored event lists, fallbacks, the direct-library blocks and dataset aggregation.
 */
class SzcoreVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyVectorMatchesTheReference() throws IOException {
        Path root = TestData.require("szcore-vectors");
        JsonNode manifest = JSON.readTree(root.resolve("manifest.json").toFile());
        return StreamSupport.stream(manifest.get("vectors").spliterator(), false)
                .map(v -> DynamicTest.dynamicTest(v.get("id").asText(), () -> {
                    Path dir = root.resolve(v.get("path").asText());
                    List<String> problems =
                            "dataset".equals(v.get("kind").asText()) ? checkDataset(dir) : checkFile(dir);
                    assertThat(problems)
                            .as("differences from the reference in " + dir)
                            .isEmpty();
                }));
    }

    private static List<String> checkFile(Path dir) throws IOException {
        JsonNode vector = JSON.readTree(dir.resolve("expected.json").toFile());
        JsonNode expected = vector.get("expected");
        List<String> problems = new ArrayList<>();
        ExpectedBlocks blocks = new ExpectedBlocks(problems);
        AnnotationFile ref = AnnotationReader.read(dir.resolve("ref.tsv"));
        Path hypPath = dir.resolve("hyp.tsv");
        AnnotationFile hyp = Files.exists(hypPath) ? AnnotationReader.read(hypPath) : null;

        RecordingScore score = RecordingEvaluator.evaluate(ref, hyp);
        blocks.check(
                "recordingDuration",
                vector.get("recordingDuration").asDouble() == score.recordingDuration(),
                "got " + score.recordingDuration());
        blocks.score("sample", expected.get("sample"), score.sample());
        blocks.eventScore("event", expected.get("event"), score.event());
        fallback(blocks, expected.get("hypothesisReplacedByEmpty"), score.fallback());

        JsonNode direct = vector.get("timescoringDirect");
        if (direct != null && !direct.isNull()) {
            DirectScorer.Result result = DirectScorer.score(ref, hyp);
            blocks.score("direct.sample", direct.get("sample"), result.sample());
            blocks.eventScore("direct.event", direct.get("event"), result.event());
        }
        return problems;
    }

    private static void fallback(ExpectedBlocks blocks, JsonNode expected, HypothesisFallback actual) {
        if (expected == null || expected.isNull()) {
            blocks.check("hypothesisReplacedByEmpty", actual == null, "expected none, got " + actual);
            return;
        }
        blocks.check(
                "hypothesisReplacedByEmpty",
                actual != null
                        && actual.stage().label().equals(expected.get("stage").asText())
                        && actual.referenceMessage()
                                .equals(expected.get("message").asText()),
                "expected " + expected + ", got " + actual);
    }

    private static List<String> checkDataset(Path dir) throws IOException {
        JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile()).get("expected");
        List<String> problems = new ArrayList<>();
        ExpectedBlocks blocks = new ExpectedBlocks(problems);
        List<String> fallbacks = new ArrayList<>();
        EvaluationListener listener = new EvaluationListener() {
            @Override
            public void hypothesisReplaced(String relativePath, HypothesisFallback fallback) {
                fallbacks.add(relativePath + "|" + fallback.stage().label() + "|" + fallback.referenceMessage());
            }
        };
        DatasetScore score = new DatasetEvaluator(listener).evaluate(dir.resolve("ref"), dir.resolve("hyp"));

        JsonNode files = expected.get("files");
        blocks.check(
                "files",
                files.size() == score.recordings().size(),
                "expected " + files.size() + " recordings, got "
                        + score.recordings().size());
        for (RecordingEntry entry : score.recordings()) {
            JsonNode file = files.get(entry.relativePath());
            String where = "files[" + entry.relativePath() + "]";
            if (file == null) {
                blocks.check(where, false, "not in expected.json");
                continue;
            }
            blocks.check(
                    where + ".recordingDuration",
                    file.get("recordingDuration").asDouble() == entry.score().recordingDuration(),
                    "got " + entry.score().recordingDuration());
            blocks.check(
                    where + ".hypothesisPresent",
                    file.get("hypothesisPresent").asBoolean() == entry.score().hypothesisPresent(),
                    "got " + entry.score().hypothesisPresent());
            blocks.score(where + ".sample", file.get("sample"), entry.score().sample());
            blocks.eventScore(where + ".event", file.get("event"), entry.score().event());
        }
        Set<String> expectedFallbacks = new HashSet<>();
        for (JsonNode f : expected.get("hypothesisReplacedByEmpty")) {
            String file = f.get("file").asText();
            String relative = fallbacks.stream()
                    .map(s -> s.substring(0, s.indexOf('|')))
                    .filter(file::endsWith)
                    .findFirst()
                    .orElse(file);
            expectedFallbacks.add(relative + "|" + f.get("stage").asText() + "|"
                    + f.get("message").asText());
        }
        blocks.check(
                "hypothesisReplacedByEmpty",
                expectedFallbacks.equals(new HashSet<>(fallbacks)),
                "expected " + expectedFallbacks + ", got " + fallbacks);

        JsonNode subjects = expected.get("subjects");
        blocks.check(
                "subjects",
                subjects.size() == score.subjects().size(),
                "expected " + subjects.size() + ", got " + score.subjects().size());
        for (SubjectScore subject : score.subjects()) {
            JsonNode s = subjects.get(subject.subject());
            if (s == null) {
                blocks.check("subjects[" + subject.subject() + "]", false, "not in expected.json");
                continue;
            }
            blocks.score("subjects[" + subject.subject() + "].sample", s.get("sample"), subject.sample());
            blocks.score("subjects[" + subject.subject() + "].event", s.get("event"), subject.event());
        }
        summaries(
                blocks,
                "avgPerSubject",
                expected.get("avgPerSubject"),
                score,
                F1Version.V0_0_7,
                Aggregation.MEAN_OVER_SUBJECTS);
        summaries(blocks, "cumulated", expected.get("cumulated"), score, F1Version.V0_0_7, Aggregation.POOLED);
        summaries(
                blocks,
                "avgPerSubject_timescoring_0_0_6",
                expected.get("avgPerSubject_timescoring_0_0_6"),
                score,
                F1Version.V0_0_6,
                Aggregation.MEAN_OVER_SUBJECTS);
        return problems;
    }

    private static void summaries(
            ExpectedBlocks blocks,
            String where,
            JsonNode expected,
            DatasetScore score,
            F1Version version,
            Aggregation aggregation) {
        blocks.summary(
                where + ".sample_results", expected.get("sample_results"), score.sampleSummary(version, aggregation));
        blocks.summary(
                where + ".event_results", expected.get("event_results"), score.eventSummary(version, aggregation));
    }
}
