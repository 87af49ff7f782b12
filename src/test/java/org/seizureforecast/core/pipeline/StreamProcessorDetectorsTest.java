package org.seizureforecast.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seizureforecast.TestData;
import org.seizureforecast.adapter.dsp.FilterSpec;
import org.seizureforecast.adapter.dsp.IirjFilterBank;
import org.seizureforecast.core.alarm.AlarmEngine;
import org.seizureforecast.core.alarm.AlarmPolicy;
import org.seizureforecast.core.inference.Detectors;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.core.inference.ModelInfo;
import org.seizureforecast.core.inference.WindowScore;
import org.seizureforecast.core.inference.WindowScorer;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.StreamSpec;
import org.seizureforecast.tools.batch.EdfFrameSource;

/**
 * One batch holding windows of patients on different detectors: each window is scored by its
 * patient's detector, results keep the batch's window order, and each carries its own provenance.
 * The stream processor, filters and real chb01 EEG are real; the two scorers only tag their output
 * so the routing can be seen.
 */
class StreamProcessorDetectorsTest {

    /** Scores every window with a fixed ictal probability and counts the windows it saw. */
    static final class Tagging implements WindowScorer {
        final double ictal;
        final List<Integer> batchSizes = new ArrayList<>();

        Tagging(double ictal) {
            this.ictal = ictal;
        }

        @Override
        public List<ModelInfo> models() {
            return List.of(new ModelInfo("tag-" + ictal, "1", "builtin"));
        }

        @Override
        public List<WindowScore> score(List<AnalysisWindow> windows) {
            batchSizes.add(windows.size());
            return windows.stream()
                    .map(w -> new WindowScore(ictal, 0.0, 0.0, Explanation.NONE))
                    .toList();
        }
    }

    static List<Inbound<Integer>> interleavedBatch() throws Exception {
        List<Inbound<Integer>> batch = new ArrayList<>();
        try (EdfFrameSource p1 = EdfFrameSource.open(TestData.chbmitEdf("chb01_03_0000-0041s.edf"), "p1", "s", 5.0);
                EdfFrameSource p2 =
                        EdfFrameSource.open(TestData.chbmitEdf("chb01_03_0000-0041s.edf"), "p2", "s", 5.0)) {
            for (int i = 0; i < 3; i++) {
                EegFrame a = p1.next();
                EegFrame b = p2.next();
                batch.add(Inbound.of("p1", a, batch.size()));
                batch.add(Inbound.of("p2", b, batch.size()));
            }
        }
        return batch;
    }

    static StreamProcessor processor(Detectors detectors) {
        return new StreamProcessor(
                StreamSpec.DEFAULT,
                new IirjFilterBank(FilterSpec.DEFAULT),
                detectors,
                new AlarmEngine(AlarmPolicy.DEFAULT));
    }

    @Test
    void eachPatientsWindowsGoToItsDetectorInBatchOrder() throws Exception {
        Tagging a = new Tagging(0.1);
        Tagging b = new Tagging(0.9);
        Detectors detectors = new Detectors("a", Map.of("a", a, "b", b), Map.of());
        detectors.select("p2", "b");

        List<WindowResult> results =
                processor(detectors).process(interleavedBatch()).results();

        // 3 frames of 5 s per patient, 2.5 s hop: 1 window from the first frame, 2 from each later one
        assertThat(results)
                .extracting(WindowResult::patientId)
                .containsExactly("p1", "p2", "p1", "p1", "p2", "p2", "p1", "p1", "p2", "p2");
        for (WindowResult r : results) {
            double expected = r.patientId().equals("p1") ? 0.1 : 0.9;
            assertThat(r.ictalProbability()).as(r.patientId()).isEqualTo(expected);
            assertThat(r.models()).extracting(ModelInfo::name).containsExactly("tag-" + expected);
        }
        assertThat(a.batchSizes).as("one call per detector").containsExactly(5);
        assertThat(b.batchSizes).containsExactly(5);
    }

    @Test
    void aBatchOnOneDetectorIsScoredInOneCall() throws Exception {
        Tagging a = new Tagging(0.2);
        Tagging b = new Tagging(0.8);
        List<WindowResult> results = processor(new Detectors("a", Map.of("a", a, "b", b), Map.of()))
                .process(interleavedBatch())
                .results();
        assertThat(results)
                .hasSize(10)
                .allSatisfy(r -> assertThat(r.ictalProbability()).isEqualTo(0.2));
        assertThat(a.batchSizes).containsExactly(10);
        assertThat(b.batchSizes).isEmpty();
    }
}
