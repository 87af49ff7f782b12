package org.seizureforecast.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.alarm.Alarm;
import org.seizureforecast.core.alarm.AlarmKind;
import org.seizureforecast.core.alarm.AlarmState;
import org.seizureforecast.core.inference.Explanation;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.AnnotationRow;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.Detection;

/** detect --forecast-out: which alarms become alarm-file rows, and when (plain, no Quarkus). */
class DetectForecastRowsTest {
    private static final long START = 1_000_000_000_000L;

    private static Alarm alarm(AlarmKind kind, AlarmState state, double onsetS, double raisedS, double score) {
        long onset = START + (long) (onsetS * 1e6);
        return new Alarm(
                Alarm.idFor("p", kind, onset),
                "p",
                "s",
                kind,
                state,
                onset,
                kind == AlarmKind.FORECAST ? onset + 1_800_000_000L : -1,
                START + (long) (raisedS * 1e6),
                score,
                List.of(),
                Explanation.NONE,
                List.of());
    }

    @Test
    void keepsOnlyForecastAlarmsInRaiseOrderAtTheirRaiseTime() {
        List<Alarm> alarms = List.of(
                alarm(AlarmKind.FORECAST, AlarmState.ACTIVE, 5000, 5000, 0.7),
                alarm(AlarmKind.SEIZURE, AlarmState.ENDED, 600, 607.5, 0.9),
                alarm(AlarmKind.FORECAST, AlarmState.ACTIVE, 1200, 1202.5, 1.4));
        List<Detection> rows = DetectCommand.forecastRows(alarms, START);
        assertThat(rows).extracting(Detection::onsetSeconds).containsExactly(1202.5, 5000.0);
        assertThat(rows).extracting(Detection::durationSeconds).containsOnly(0.0);
        assertThat(rows.get(0).confidence()).as("clamped to [0, 1]").isEqualTo(1.0);
    }

    @Test
    void writesAnAlarmsFileThatReadsBackAsSeizureRows() throws Exception {
        List<Detection> rows = DetectCommand.forecastRows(
                List.of(alarm(AlarmKind.FORECAST, AlarmState.ACTIVE, 100, 100.25, 0.6)), START);
        String tsv = AnnotationWriter.format(rows, 3600, null);
        List<AnnotationRow> read = AnnotationReader.parse("alarms.tsv", tsv).seizureRows();
        assertThat(read).hasSize(1);
        assertThat(read.get(0).onset()).isEqualTo(100.25);
    }
}
