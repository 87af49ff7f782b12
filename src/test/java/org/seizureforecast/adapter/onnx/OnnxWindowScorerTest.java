package org.seizureforecast.adapter.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.inference.Explanation.ChannelWeight;
import org.seizureforecast.core.inference.InferenceException;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.signal.AnalysisWindow;

/** The scorer end to end on synthetic windows (the golden STAN inputs: EMG-laden background, seizure-like). */
class OnnxWindowScorerTest {
    private static final List<String> montage = GoldenWindows.MONTAGE;
    private static OnnxModels models;

    @BeforeAll
    static void open() {
        models = OnnxModels.open(OnnxGoldenTest.MODELS, OnnxOptions.DEFAULT);
    }

    @AfterAll
    static void close() {
        models.close();
    }

    private static AnalysisWindow window(int row) {
        return GoldenWindows.window(row);
    }

    private static AnalysisWindow window(int row, List<String> labels, boolean[] present) {
        return GoldenWindows.window(row, labels, present);
    }

    @Test
    void scoresAWindowWithProbabilitiesAndAWellFormedExplanation() {
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            WindowScore s = scorer.score(List.of(window(0))).get(0);
            assertThat(s.ictalProbability()).isBetween(0.0, 1.0);
            assertThat(s.preictalRisk()).isBetween(0.0, 1.0);
            assertThat(s.ictalProbability() + s.preictalRisk()).isLessThanOrEqualTo(1.0 + 1e-6);
            var top = s.explanation().topChannels();
            assertThat(top).hasSize(3);
            assertThat(top)
                    .extracting(ChannelWeight::channel)
                    .doesNotHaveDuplicates()
                    .isSubsetOf(montage);
            assertThat(top).extracting(ChannelWeight::weight).isSortedAccordingTo(Collections.reverseOrder());
            assertThat(top).allSatisfy(c -> assertThat(c.weight()).isBetween(0.0, 1.0));
            assertThat(s.explanation().topSpans()).hasSize(2).allSatisfy(span -> {
                assertThat(span.fromSeconds()).isBetween(0.0, 5.0);
                assertThat(span.toSeconds()).isGreaterThan(span.fromSeconds()).isLessThanOrEqualTo(5.0);
            });
            assertThat(s.explanation().channelArtifact())
                    .hasSize(18)
                    .allSatisfy(c -> assertThat(c.weight()).isBetween(0.0, 1.0));
            assertThat(scorer.models())
                    .extracting(m -> m.name())
                    .containsExactly("atat_ae", "atat_transformer", "stan");
        }
    }

    @Test
    void flagsTheEmgContaminatedChannelsAsArtifact() {
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            WindowScore s = scorer.score(List.of(window(0))).get(0);
            var artifact = s.explanation().channelArtifact();
            // the golden window carries strong EMG on its first four channels only
            for (int k = 0; k < 4; k++) {
                assertThat(artifact.get(k).weight())
                        .as(artifact.get(k).channel())
                        .isGreaterThan(0.5);
            }
            assertThat(s.artifactFraction()).isBetween(0.1, 0.5);
        }
    }

    @Test
    void batchedScoringEqualsOneWindowAtATime() {
        List<AnalysisWindow> batch = List.of(window(0), window(1), window(0), window(1), window(1));
        try (OnnxWindowScorer big = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withMaxBatchWindows(3));
                OnnxWindowScorer one = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withMaxBatchWindows(1))) {
            List<WindowScore> together = big.score(batch);
            assertThat(together).hasSize(5);
            for (int i = 0; i < batch.size(); i++) {
                WindowScore alone = one.score(List.of(batch.get(i))).get(0);
                assertThat(together.get(i).ictalProbability()).isCloseTo(alone.ictalProbability(), within(1e-5));
                assertThat(together.get(i).preictalRisk()).isCloseTo(alone.preictalRisk(), within(1e-5));
                assertThat(together.get(i).artifactFraction()).isEqualTo(alone.artifactFraction());
            }
        }
    }

    @Test
    void matchesChannelsByLabelWhateverTheirOrder() {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < 18; k++) {
            order.add(k);
        }
        Collections.shuffle(order, new Random(7));
        AnalysisWindow straight = window(1);
        float[] data = new float[straight.data().length];
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < 18; c++) {
            int k = order.get(c);
            labels.add(montage.get(k).toLowerCase(Locale.ROOT));
            System.arraycopy(straight.data(), k * 1280, data, c * 1280, 1280);
        }
        boolean[] present = new boolean[18];
        Arrays.fill(present, true);
        AnalysisWindow shuffled = new AnalysisWindow("p", "s", 0, 0, 5_000_000L, labels, 1280, data, present, false);
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            WindowScore a = scorer.score(List.of(straight)).get(0);
            WindowScore b = scorer.score(List.of(shuffled)).get(0);
            assertThat(b.ictalProbability()).isCloseTo(a.ictalProbability(), within(1e-6));
            assertThat(b.explanation().topChannels()).isEqualTo(a.explanation().topChannels());
        }
    }

    @Test
    void absentChannelsAreNeitherExplainedNorCountedAsArtifact() {
        boolean[] present = new boolean[18];
        Arrays.fill(present, true);
        present[0] = false;
        present[1] = false;
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            WindowScore s = scorer.score(List.of(window(0, montage, present))).get(0);
            assertThat(s.explanation().channelArtifact())
                    .hasSize(16)
                    .extracting(ChannelWeight::channel)
                    .doesNotContain(montage.get(0), montage.get(1));
            assertThat(s.explanation().topChannels())
                    .extracting(ChannelWeight::channel)
                    .doesNotContain(montage.get(0), montage.get(1));
        }
    }

    @Test
    void withNothingFlaggedTheArtifactStagePassesTheWindowThroughUntouched() {
        try (OnnxWindowScorer gated = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withGateThreshold(-1.0));
                OnnxWindowScorer raw = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withArtifactRemoval(false))) {
            WindowScore a = gated.score(List.of(window(0))).get(0);
            WindowScore b = raw.score(List.of(window(0))).get(0);
            assertThat(a.artifactFraction()).isZero();
            assertThat(a.ictalProbability()).isEqualTo(b.ictalProbability());
            assertThat(a.preictalRisk()).isEqualTo(b.preictalRisk());
            assertThat(raw.models()).extracting(m -> m.name()).containsExactly("stan");
        }
    }

    @Test
    void cleaningEveryEpochChangesTheScoreAndReportsFullArtifact() {
        try (OnnxWindowScorer all = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withGateThreshold(1.01));
                OnnxWindowScorer raw = new OnnxWindowScorer(models, ScorerOptions.DEFAULT.withArtifactRemoval(false))) {
            WindowScore a = all.score(List.of(window(0))).get(0);
            WindowScore b = raw.score(List.of(window(0))).get(0);
            assertThat(a.artifactFraction()).isCloseTo(1.0, within(1e-9));
            assertThat(all.artifactStage().flaggedEpochs()).isEqualTo(54);
            assertThat(a.preictalRisk()).isNotEqualTo(b.preictalRisk());
        }
    }

    @Test
    void rejectsAWindowOfTheWrongLengthNamingIt() {
        boolean[] present = new boolean[18];
        Arrays.fill(present, true);
        AnalysisWindow shortWindow =
                new AnalysisWindow("p7", "s", 42, 0, 1, montage, 1000, new float[18 * 1000], present, false);
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            assertThatThrownBy(() -> scorer.score(List.of(shortWindow)))
                    .isInstanceOf(InferenceException.class)
                    .hasMessageContaining("p7")
                    .hasMessageContaining("42")
                    .hasMessageContaining("1280");
        }
    }

    @Test
    void rejectsAWindowWithNoModelChannel() {
        AnalysisWindow other = new AnalysisWindow(
                "p8", "s", 3, 0, 1, List.of("C3", "C4"), 1280, new float[2 * 1280], new boolean[] {true, true}, false);
        try (OnnxWindowScorer scorer = new OnnxWindowScorer(models, ScorerOptions.DEFAULT)) {
            assertThatThrownBy(() -> scorer.score(List.of(other)))
                    .isInstanceOf(InferenceException.class)
                    .hasMessageContaining("p8");
        }
    }
}
