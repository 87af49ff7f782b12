package org.seizureforecast.core.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing a policy by field name: the path both REST and configuration take. */
class AlarmPolicyTest {

    @Test
    void fieldNamesAreTheRecordsOwnInOrder() {
        assertThat(AlarmPolicy.fieldNames())
                .containsExactly(
                        "forecastThreshold",
                        "forecastSmoothingSeconds",
                        "forecastRefractorySeconds",
                        "forecastMinCoverage",
                        "seizureThreshold",
                        "seizureSmoothingWindows",
                        "seizureK",
                        "seizureN",
                        "seizureEndWindows",
                        "maxArtifactFraction");
    }

    @Test
    void withChangesOnlyTheNamedFieldsAndNullKeeps() {
        Map<String, Object> changes = new HashMap<>();
        changes.put("seizureThreshold", 0.7);
        changes.put("seizureK", 2);
        changes.put("forecastThreshold", null);
        AlarmPolicy p = AlarmPolicy.DEFAULT.with(changes);
        assertThat(p)
                .isEqualTo(new AlarmPolicy(0.5, 300, 1800, 0.5, 0.7, 2, 2, 4, 2, 0.8))
                .isNotEqualTo(AlarmPolicy.DEFAULT);
        assertThat(AlarmPolicy.DEFAULT.with(Map.of())).isEqualTo(AlarmPolicy.DEFAULT);
        assertThat(AlarmPolicy.DEFAULT.with(Map.of("seizureN", 6.0)).seizureN())
                .as("a whole double is a count")
                .isEqualTo(6);
    }

    @Test
    void badChangesNameTheFieldAndChangeNothing() {
        assertThatThrownBy(() -> AlarmPolicy.DEFAULT.with(Map.of("seizureTreshold", 0.7)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown alarm policy field 'seizureTreshold'");
        assertThatThrownBy(() -> AlarmPolicy.DEFAULT.with(Map.of("seizureK", 5, "seizureN", 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seizureK");
        assertThatThrownBy(() -> AlarmPolicy.DEFAULT.with(Map.of("seizureThreshold", true)))
                .hasMessageContaining("seizureThreshold must be a number");
        assertThatThrownBy(() -> AlarmPolicy.DEFAULT.with(Map.of("seizureThreshold", "NaN")))
                .hasMessageContaining("seizureThreshold must be in (0,1)");
    }
}
