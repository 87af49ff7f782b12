package org.seizureforecast.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SzcoreEventsWriterTest {
    private static final LocalDateTime START = LocalDateTime.of(2076, 11, 6, 14, 32, 59);

    @Test
    void writesABckgRowWhenThereIsNoSeizureExactlyAsTheChbmitReference() {
        assertThat(SzcoreEventsWriter.format(List.of(), START, 41)).isEqualTo(
                "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n"
                        + "0.00\t41.00\tbckg\tn/a\tn/a\t2076-11-06 14:32:59\t41.00\n");
    }

    @Test
    void writesSeizureRowsWithTwoDecimalsAndTheRecordingStart() {
        String text = SzcoreEventsWriter.format(List.of(new SzcoreEventsWriter.Row(1, 40, "sz", "n/a"),
                new SzcoreEventsWriter.Row(1234.5678, 61.004, "sz_foc_f2b", "F7-T7,T7-P7")), START, 3599.996);
        assertThat(text.split("\n")).containsExactly(
                "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration",
                "1.00\t40.00\tsz\tn/a\tn/a\t2076-11-06 14:32:59\t3600.00",
                "1234.57\t61.00\tsz_foc_f2b\tn/a\tF7-T7,T7-P7\t2076-11-06 14:32:59\t3600.00");
    }

    @Test
    void producesFilesThatPassTheStrictSpecCheck(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x_events.tsv");
        SzcoreEventsWriter.write(file, List.of(new SzcoreEventsWriter.Row(12.25, 30, "sz_gen", "all")), START, 3600);
        assertThat(SzcoreFormat.readStrict(file)).singleElement()
                .satisfies(e -> assertThat(e.eventType()).isEqualTo("sz_gen"));
    }
}
