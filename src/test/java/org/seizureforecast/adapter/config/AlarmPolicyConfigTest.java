package org.seizureforecast.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.alarm.AlarmPolicy;

/**
 * Configuration maps onto the one definition of the alarm policy: every field of {@link
 * AlarmPolicy} is a {@code seizure.alarm.<kebab-name>} key (or its environment spelling), unset
 * keys keep {@link AlarmPolicy#DEFAULT}, and a bad value names its key.
 */
class AlarmPolicyConfigTest {

    private static AlarmPolicy policy(Map<String, String> properties, Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 400))
                .withSources(new EnvConfigSource(env, 300))
                .build();
        Set<String> keys = new HashSet<>();
        properties.keySet().forEach(k -> keys.add(k.substring("seizure.alarm.".length())));
        // how SmallRye hands an environment variable to the seizure.alarm map
        env.keySet()
                .forEach(k -> keys.add(k.substring("SEIZURE_ALARM_".length())
                        .toLowerCase(Locale.ROOT)
                        .replace('_', '.')));
        return Pipelines.alarmPolicy(keys, config);
    }

    @Test
    void unsetKeysKeepTheDefaults() {
        assertThat(policy(Map.of(), Map.of())).isEqualTo(AlarmPolicy.DEFAULT);
    }

    @Test
    void everyFieldIsAKebabKeyAndTheEnvironmentSpellingWorks() {
        assertThat(AlarmPolicy.fieldNames().stream().map(Pipelines::kebab))
                .contains("seizure-k", "seizure-n", "max-artifact-fraction", "forecast-min-coverage");
        AlarmPolicy p = policy(
                Map.of("seizure.alarm.seizure-k", "2", "seizure.alarm.seizure-n", "3"),
                Map.of("SEIZURE_ALARM_FORECAST_THRESHOLD", "0.4"));
        assertThat(p.seizureK()).isEqualTo(2);
        assertThat(p.seizureN()).isEqualTo(3);
        assertThat(p.forecastThreshold()).isEqualTo(0.4);
        assertThat(p.seizureThreshold()).isEqualTo(AlarmPolicy.DEFAULT.seizureThreshold());
    }

    @Test
    void aTypoInAKeyStopsStartUp() {
        assertThatThrownBy(() -> policy(Map.of("seizure.alarm.seizure-treshold", "0.7"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seizure.alarm.seizure-treshold is not an alarm policy field");
    }

    @Test
    void aBadValueNamesTheKeyAndTheRule() {
        assertThatThrownBy(() -> policy(Map.of("seizure.alarm.seizure-k", "two"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seizure.alarm.")
                .hasMessageContaining("seizureK must be a number, was 'two'");
        assertThatThrownBy(() -> policy(Map.of("seizure.alarm.seizure-k", "2.5"), Map.of()))
                .hasMessageContaining("seizureK must be a whole number");
        assertThatThrownBy(() -> policy(Map.of("seizure.alarm.seizure-k", "9"), Map.of()))
                .hasMessageContaining("seizureK must be in [1, seizureN]");
    }
}
