package org.seizureforecast.adapter.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.tools.npy.NpyArray;

/**
 * The whole Java path (epoching, gate, transformer on flagged epochs, cross-fade, STAN) equals
 * models/pipeline.py in PyTorch on the golden windows: training data cleaned in Python is what
 * the service feeds STAN.
 */
class PipelineParityTest {
    private static OnnxModels models;
    private static JsonNode golden;

    @BeforeAll
    static void open() throws IOException {
        models = OnnxModels.open(OnnxGoldenTest.MODELS, OnnxOptions.DEFAULT);
        golden = new ObjectMapper()
                .readTree(OnnxGoldenTest.MODELS.resolve(Manifest.FILE_NAME).toFile())
                .path("pipeline")
                .path("golden")
                .path("outputs");
    }

    @AfterAll
    static void close() {
        models.close();
    }

    private static NpyArray expected(String name) {
        return NpyArray.read(
                OnnxGoldenTest.MODELS.resolve(Path.of(golden.path(name).asText())));
    }

    private static List<AnalysisWindow> windows() {
        return List.of(GoldenWindows.window(0), GoldenWindows.window(1));
    }

    @Test
    void cleanedWindowsMatchPytorch() {
        int[] all = new int[18];
        for (int k = 0; k < 18; k++) {
            all[k] = k;
        }
        FloatBuffer target = ByteBuffer.allocateDirect(4 * 2 * 18 * 1280)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        try (ArtifactStage stage = new ArtifactStage(models, 18, 1280, 2, Double.NaN)) {
            stage.clean(windows(), 0, 2, new int[][] {all, all}, target);
            NpyArray want = expected("cleaned");
            double diff = OnnxGoldenTest.maxAbsDiff(target, want.data(), 0, want.data().length);
            System.out.printf(
                    "pipeline cleaned max abs diff %.3g uV, %d epochs flagged%n", diff, stage.flaggedEpochs());
            assertThat(diff).isLessThanOrEqualTo(OnnxGoldenTest.TOLERANCE);
        }
    }

    @Test
    void scoresAndArtifactFractionsMatchPytorch() {
        NpyArray probs = expected("probs");
        NpyArray artifact = expected("channel_artifact");
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            List<WindowScore> scores = scorer.score(windows());
            for (int w = 0; w < 2; w++) {
                WindowScore s = scores.get(w);
                assertThat(s.preictalRisk()).isCloseTo(probs.data()[w * 3 + 1], within(1e-4));
                assertThat(s.ictalProbability()).isCloseTo(probs.data()[w * 3 + 2], within(1e-4));
                for (int k = 0; k < 18; k++) {
                    assertThat(s.explanation().channelArtifact().get(k).weight())
                            .isCloseTo(artifact.data()[w * 18 + k], within(1e-6));
                }
            }
        }
    }
}
