package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A strict check of an SzCORE annotation file against szcore-spec.md §2 (our own reading, for the
 * simulator's tests; the scoring package has the full reader): exact header, 7 tab-separated
 * columns, 2-decimal numbers, an eventType from the 71 allowed codes, confidence n/a or in [0, 1],
 * dateTime yyyy-MM-dd HH:mm:ss, the same recordingDuration on every row, a single bckg row when
 * there is no seizure.
 */
final class SzcoreFormat {
    static final Set<String> EVENT_TYPES =
            Set.of(("bckg sz sz_foc sz_foc_a sz_foc_a_m sz_foc_a_m_atonic sz_foc_a_m_automatisms"
                            + " sz_foc_a_m_clonic sz_foc_a_m_hyperkinetic sz_foc_a_m_myoclonic sz_foc_a_m_spasms sz_foc_a_m_tonic sz_foc_a_nm"
                            + " sz_foc_a_nm_autonomic sz_foc_a_nm_behavior sz_foc_a_nm_cognitive sz_foc_a_nm_emotional sz_foc_a_nm_sensory"
                            + " sz_foc_a_um sz_foc_f2b sz_foc_ia sz_foc_ia_m sz_foc_ia_m_atonic sz_foc_ia_m_automatisms sz_foc_ia_m_clonic"
                            + " sz_foc_ia_m_hyperkinetic sz_foc_ia_m_myoclonic sz_foc_ia_m_spasms sz_foc_ia_m_tonic sz_foc_ia_nm"
                            + " sz_foc_ia_nm_autonomic sz_foc_ia_nm_behavior sz_foc_ia_nm_cognitive sz_foc_ia_nm_emotional sz_foc_ia_nm_sensory"
                            + " sz_foc_ia_um sz_foc_ua_m sz_foc_ua_m_atonic sz_foc_ua_m_automatisms sz_foc_ua_m_clonic sz_foc_ua_m_hyperkinetic"
                            + " sz_foc_ua_m_myoclonic sz_foc_ua_m_spasms sz_foc_ua_m_tonic sz_foc_ua_nm sz_foc_ua_nm_autonomic"
                            + " sz_foc_ua_nm_behavior sz_foc_ua_nm_cognitive sz_foc_ua_nm_emotional sz_foc_ua_nm_sensory sz_foc_ua_um sz_gen"
                            + " sz_gen_m sz_gen_m_atonic sz_gen_m_clonic sz_gen_m_myoAtonic sz_gen_m_myoTC sz_gen_m_spasms sz_gen_m_tonic"
                            + " sz_gen_m_tonicClonic sz_gen_nm sz_gen_nm_atypical sz_gen_nm_eyelidMyio sz_gen_nm_myoclonic sz_gen_nm_typical"
                            + " sz_uo sz_uo_m sz_uo_m_spasms sz_uo_m_tonicClonic sz_uo_nm sz_uo_nm_behavior")
                    .split(" "));
    private static final String TWO_DECIMALS = "\\d+\\.\\d\\d";

    /** A parsed, checked row. */
    record Event(
            double onset,
            double duration,
            String eventType,
            String channels,
            LocalDateTime dateTime,
            double recordingDuration) {
        boolean seizure() {
            return !eventType.equals("bckg");
        }
    }

    private SzcoreFormat() {}

    static List<Event> readStrict(Path file) throws IOException {
        assertThat(EVENT_TYPES).hasSize(71);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " ends with a newline").endsWith("\n").doesNotContain("\r");
        String[] lines = text.split("\n");
        assertThat(lines[0])
                .as(file + " header")
                .isEqualTo("onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration");
        assertThat(lines.length).as(file + " has at least one row").isGreaterThan(1);
        List<Event> events = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split("\t", -1);
            String where = file.getFileName() + " line " + (i + 1);
            assertThat(c).as(where).hasSize(7);
            assertThat(c[0]).as(where + " onset").matches(TWO_DECIMALS);
            assertThat(c[1]).as(where + " duration").matches(TWO_DECIMALS);
            assertThat(EVENT_TYPES).as(where + " eventType").contains(c[2]);
            assertThat(c[3].equals("n/a") || (Double.parseDouble(c[3]) >= 0 && Double.parseDouble(c[3]) <= 1))
                    .as(where + " confidence")
                    .isTrue();
            assertThat(c[4])
                    .as(where + " channels")
                    .matches("n/a|all|[A-Za-z0-9]+-[A-Za-z0-9]+(,[A-Za-z0-9]+-[A-Za-z0-9]+)*");
            assertThat(c[5]).as(where + " dateTime").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(c[6]).as(where + " recordingDuration").matches(TWO_DECIMALS);
            events.add(new Event(
                    Double.parseDouble(c[0]),
                    Double.parseDouble(c[1]),
                    c[2],
                    c[4],
                    LocalDateTime.parse(c[5], DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
                    Double.parseDouble(c[6])));
        }
        assertThat(events)
                .extracting(Event::recordingDuration)
                .as(file + " one recordingDuration")
                .containsOnly(events.get(0).recordingDuration());
        if (events.stream().noneMatch(Event::seizure)) {
            assertThat(events)
                    .as(file + ": no seizure means exactly one bckg row over the whole recording")
                    .hasSize(1);
            assertThat(events.get(0).onset()).isZero();
            assertThat(events.get(0).duration()).isEqualTo(events.get(0).recordingDuration());
        }
        for (Event e : events) {
            assertThat(e.onset() + e.duration())
                    .as(file + " event inside the recording")
                    .isLessThanOrEqualTo(e.recordingDuration() + 1e-9);
        }
        return events;
    }
}
