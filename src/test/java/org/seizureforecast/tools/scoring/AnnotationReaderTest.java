package org.seizureforecast.tools.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader accepts like the reference, and the one-line errors where the reference crashes. */
class AnnotationReaderTest {
    static final String HEADER = "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration\n";
    private static final String ROW = "600.00\t40.00\tsz\tn/a\tn/a\t2024-03-18 09:00:00\t3600.00\n";

    private static AnnotationFile parse(String text) {
        return AnnotationReader.parse("f.tsv", text);
    }

    private static void rejects(String text, String message) {
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage(message);
    }

    @Test
    void readsTheOfficialFormat() {
        AnnotationFile file = parse(HEADER + ROW + "0.00\t3600.00\tbckg\t0.5\tFp1-F7,F7-T3\tn/a\tn/a\n");

        assertThat(file.rows())
                .containsExactly(
                        new AnnotationRow(2, 600, 40, "sz", "n/a", "n/a", "2024-03-18 09:00:00", 3600),
                        new AnnotationRow(3, 0, 3600, "bckg", "0.5", "Fp1-F7,F7-T3", "n/a", Double.NaN));
        assertThat(file.recordingDuration()).isEqualTo(3600);
        assertThat(file.labelCount()).isEqualTo(3600);
        assertThat(file.seizureRows()).hasSize(1);
    }

    @Test
    void crlfAndLoneCarriageReturnsReadLikeLineFeeds() {
        AnnotationFile lf = parse(HEADER + ROW);

        assertThat(parse((HEADER + ROW).replace("\n", "\r\n")).rows()).isEqualTo(lf.rows());
        assertThat(parse((HEADER + ROW).replace("\n", "\r")).rows()).isEqualTo(lf.rows());
    }

    @Test
    void utf8ByteOrderMarkIsIgnoredAsPandasDoes() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + ROW).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(AnnotationReader.parse("f.tsv", withBom).rows())
                .isEqualTo(parse(HEADER + ROW).rows());
    }

    @Test
    void acceptsReorderedAndExtraColumnsBlankLinesShortRowsAndIntegerTimes() {
        String header = "eventType\tonset\tduration\tconfidence\tchannels\tdateTime\trecordingDuration\textra\n";
        AnnotationFile file = parse(header + "sz\t296\t40\thigh\tall\tyesterday\t3600\tx\n\n" + "sz\t1000\t1e1\n");

        assertThat(file.rows()).extracting(AnnotationRow::line).containsExactly(2, 4);
        assertThat(file.rows().get(0).onset()).isEqualTo(296);
        assertThat(file.rows().get(1).duration()).isEqualTo(10);
        assertThat(file.rows().get(1).recordingDuration()).isNaN();
    }

    @Test
    void headerOnlyFileHasNoRows() {
        assertThat(parse(HEADER).isHeaderOnly()).isTrue();
        assertThat(parse(HEADER + "\n\n").isHeaderOnly()).isTrue();
    }

    @Test
    void unknownCodeNamesFileLineAndCode() {
        rejects(
                HEADER + ROW.replace("\tsz\t", "\tseizure\t"),
                "f.tsv: line 2: unknown eventType"
                        + " 'seizure' (expected bckg or one of the 70 seizure codes, e.g. sz, sz_foc_ia)");
    }

    @Test
    void hyphenSpellingsFromTheWebsiteSuggestTheUnderscoreCode() {
        String hint = "? codes use underscores, are case-sensitive and have no surrounding blanks)";
        rejects(
                HEADER + ROW.replace("\tsz\t", "\tsz-foc\t"),
                "f.tsv: line 2: unknown eventType 'sz-foc' (did you mean 'sz_foc'" + hint);
        rejects(
                HEADER + ROW.replace("\tsz\t", "\tsz-gen-m-tonic_clonic\t"),
                "f.tsv: line 2: unknown" + " eventType 'sz-gen-m-tonic_clonic' (did you mean 'sz_gen_m_tonicClonic'"
                        + hint);
        rejects(
                HEADER + ROW.replace("\tsz\t", "\tsz \t"),
                "f.tsv: line 2: unknown eventType 'sz ' (did you mean 'sz'" + hint);
    }

    @Test
    void nonNumericTimesAreRejectedOnAnyRow() {
        rejects(HEADER + ROW.replace("600.00\t40", "ten\t40"), "f.tsv: line 2: onset 'ten' is not a number");
        rejects(
                HEADER + ROW + "0\t12,5\tbckg\tn/a\tn/a\tn/a\t3600\n",
                "f.tsv: line 3: duration '12,5' is not a number");
        rejects(HEADER + ROW.replace("3600.00", "1h"), "f.tsv: line 2: recordingDuration '1h' is not a number");
    }

    @Test
    void missingTimesAreRejectedOnSeizureRowsOnly() {
        rejects(
                HEADER + ROW.replace("600.00\t40", "n/a\t40"),
                "f.tsv: line 2: onset is missing (n/a) on a seizure row");
        rejects(HEADER + ROW.replace("40.00", ""), "f.tsv: line 2: duration is missing (n/a) on a seizure row");
        assertThat(parse(HEADER + "n/a\tn/a\tbckg\tn/a\tn/a\tn/a\t3600\n").rows())
                .hasSize(1);
    }

    @Test
    void firstRowRecordingDurationMustBeUsable() {
        rejects(
                HEADER + ROW.replace("3600.00", "n/a"),
                "f.tsv: line 2: recordingDuration is missing"
                        + " (n/a) in the first data row, which defines the recording length");
        rejects(
                HEADER + ROW.replace("3600.00", "-5"),
                "f.tsv: line 2: recordingDuration -5 in the first data row must be a finite number of seconds >= 0");
        rejects(
                HEADER + ROW.replace("3600.00", "1e9"),
                "f.tsv: line 2: recordingDuration 1e9 s is longer than the 10000000 s we score");
        assertThat(parse(HEADER + ROW + ROW.replace("3600.00", "n/a")).rows()).hasSize(2);
    }

    @Test
    void missingPaddedOrSpaceSeparatedColumnsAreExplained() {
        String expected = "missing column 'recordingDuration' in the header; expected the tab-separated"
                + " columns onset duration eventType confidence channels dateTime recordingDuration";
        rejects(
                HEADER.replace("\trecordingDuration", "") + "600\t40\tsz\tn/a\tn/a\tn/a\n",
                "f.tsv: line 1: " + expected + " (found: 'onset', 'duration', 'eventType',"
                        + " 'confidence', 'channels', 'dateTime')");
        rejects(
                HEADER.replace("\trecordingDuration", "\trecordingDuration  ") + ROW,
                "f.tsv: line 1: " + expected + " (found 'recordingDuration  ': column names must"
                        + " not be padded with spaces)");
        rejects(
                HEADER.replace('\t', ' ') + ROW,
                "f.tsv: line 1: missing column 'onset' in the header;"
                        + " expected the tab-separated columns onset duration eventType confidence channels"
                        + " dateTime recordingDuration (the header is not tab-separated)");
    }

    @Test
    void rowsWiderThanTheHeaderAreRejected() {
        rejects(HEADER + ROW.replace("\n", "\t\n"), "f.tsv: line 2: 8 tab-separated cells but the header has 7");
    }

    @Test
    void emptyFileAndNonUtf8TextAreRejected() {
        rejects(
                "",
                "f.tsv: empty file: expected a header line with the columns onset duration"
                        + " eventType confidence channels dateTime recordingDuration");
        byte[] latin1 = (HEADER + ROW.replace("n/a\tn/a", "n/a\tFp1\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> AnnotationReader.parse("f.tsv", latin1))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage("f.tsv: not valid UTF-8 text");
        byte[] utf16 = (HEADER + ROW).getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> AnnotationReader.parse("f.tsv", utf16))
                .isInstanceOf(InvalidAnnotationException.class)
                .hasMessage("f.tsv: UTF-16 text; save the file as UTF-8");
    }

    @Test
    void everyErrorIsOneLine() {
        for (String bad : List.of(
                "", HEADER.replace("onset", "start") + ROW, HEADER + "x\ty\tz\n", HEADER + ROW.replace("sz", "n/a"))) {
            assertThatThrownBy(() -> parse(bad))
                    .isInstanceOf(InvalidAnnotationException.class)
                    .satisfies(e ->
                            assertThat(e.getMessage()).startsWith("f.tsv: ").doesNotContain("\n"));
        }
    }
}
