package org.seizureforecast.tools.edf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EDF+ TAL parsing: time keeping, durations, several texts, EDF+D gaps, bad TALs. */
class TalCodecTest {

    private static TalCodec.Parsed parse(String tals, boolean timeKeeping) throws EdfException {
        byte[] bytes = Arrays.copyOf(tals.getBytes(StandardCharsets.UTF_8), 64);
        return TalCodec.parse(bytes, 0, bytes.length, timeKeeping, "f.edf", "annotations of data record 0");
    }

    @Test
    void readsTimeKeepingThenAnnotationsWithAndWithoutDuration() throws EdfException {
        TalCodec.Parsed p = parse(
                "+12.5\u0014\u0014\u0000+13\u00152.5\u0014Anfall\u0014µ-spike\u0014\u0000-0.5\u0014late\u0014\u0000",
                true);
        assertThat(p.recordOnset()).isEqualTo(12.5);
        assertThat(p.annotations())
                .containsExactly(
                        new EdfAnnotation(13, 2.5, List.of("Anfall", "µ-spike")),
                        new EdfAnnotation(-0.5, Double.NaN, "late"));
    }

    @Test
    void keepsAnnotationTextsThatShareTheTimeKeepingTal() throws EdfException {
        TalCodec.Parsed p = parse("+0\u0014\u0014Recording starts\u0014\u0000", true);
        assertThat(p.recordOnset()).isZero();
        assertThat(p.annotations()).containsExactly(new EdfAnnotation(0, Double.NaN, "Recording starts"));
    }

    @Test
    void rejectsARecordWithoutTimeKeepingTal() {
        assertThatThrownBy(() -> parse("", true))
                .hasMessage(
                        "f.edf: annotations of data record 0: no time-keeping TAL (EDF+ needs one at the start of every record)");
        assertThatThrownBy(() -> parse("+1\u0014sz\u0014\u0000", true))
                .hasMessageContaining("first TAL is not a time-keeping TAL");
    }

    @Test
    void rejectsAnUnterminatedTal() {
        assertThatThrownBy(() ->
                        TalCodec.parse("+1\u0014abc".getBytes(StandardCharsets.US_ASCII), 0, 6, false, "f.edf", "x"))
                .hasMessage("f.edf: x: TAL text at onset +1 is not terminated by 0x14");
    }

    @Test
    void rejectsABadDuration() {
        assertThatThrownBy(() -> parse("+1\u0015-2\u0014sz\u0014\u0000", false))
                .hasMessageContaining("TAL duration \"-2\" is not a number of seconds");
    }

    @Test
    void encodesWhatItParses() throws EdfException {
        EdfAnnotation a = new EdfAnnotation(1234.000001, 0.5, List.of("sz_gen", "all"));
        byte[] bytes = TalCodec.encode(a);
        assertThat(TalCodec.parse(bytes, 0, bytes.length, false, "f", "w").annotations())
                .containsExactly(a);
        assertThat(new String(TalCodec.timeKeeping(86399), StandardCharsets.US_ASCII))
                .isEqualTo("+86399\u0014\u0014\u0000");
    }

    @Test
    void givesEdfPlusDRecordOnsetsFromTheirTimeKeepingTals(@TempDir Path dir) throws Exception {
        Path file = EdfTestFiles.valid(dir);
        EdfTestFiles.patchField(file, 192, 44, "EDF+D");
        long record3 = 256L * 6 + 3 * (4 * 256 * 2 + 128) + 4 * 256 * 2;
        EdfTestFiles.patch(file, record3, "+9".getBytes(StandardCharsets.US_ASCII));
        try (EdfReader reader = EdfReader.open(file)) {
            assertThat(reader.header().isDiscontinuous()).isTrue();
            assertThat(reader.recordOnsets()).startsWith(0, 1, 2, 9, 4);
        }
    }
}
