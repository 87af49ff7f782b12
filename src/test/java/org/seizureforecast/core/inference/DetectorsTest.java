package org.seizureforecast.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.signal.AnalysisWindow;

class DetectorsTest {
    /** Records which patients it was asked to forget. */
    static final class Recording implements WindowScorer {
        final List<String> forgotten = new ArrayList<>();

        @Override
        public List<ModelInfo> models() {
            return List.of(new ModelInfo("r", "1", "builtin"));
        }

        @Override
        public List<WindowScore> score(List<AnalysisWindow> windows) {
            return List.of();
        }

        @Override
        public void forget(String patientId) {
            forgotten.add(patientId);
        }
    }

    @Test
    void patientsUseTheDefaultUntilSwitchedAndTheOldDetectorForgetsThem() {
        Recording a = new Recording();
        Recording b = new Recording();
        Detectors d = new Detectors("a", Map.of("a", a, "b", b), Map.of());
        assertThat(d.byName(d.nameFor("p1"))).isSameAs(a);
        d.select("p1", "b");
        assertThat(d.byName(d.nameFor("p1"))).isSameAs(b);
        assertThat(d.nameFor("p2")).isEqualTo("a");
        assertThat(a.forgotten).containsExactly("p1");
        d.select("p1", "a");
        assertThat(d.nameFor("p1")).isEqualTo("a");
        assertThat(b.forgotten).containsExactly("p1");
    }

    @Test
    void unknownOrUnavailableDetectorsAreRefusedWithTheReason() {
        Detectors d =
                new Detectors("a", Map.of("a", new Recording()), Map.of("onnx", "models/manifest.json: not found"));
        assertThatThrownBy(() -> d.select("p", "onnx"))
                .hasMessageContaining("not available")
                .hasMessageContaining("manifest.json");
        assertThatThrownBy(() -> d.select("p", "magic"))
                .hasMessageContaining("unknown")
                .hasMessageContaining("[a]");
        assertThat(d.nameFor("p")).isEqualTo("a");
        assertThatThrownBy(() -> new Detectors("onnx", Map.of("a", new Recording()), Map.of("onnx", "broken")))
                .hasMessageContaining("default detector 'onnx' is not available: broken");
    }
}
