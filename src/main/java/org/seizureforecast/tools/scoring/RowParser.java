package org.seizureforecast.tools.scoring;

/**
 * Parses and checks one data row of an annotation TSV (see {@link AnnotationReader} for what is
 * accepted and rejected). Cells missing at the end of a short row count as empty (n/a).
 */
final class RowParser {
    private static final int ONSET = 0;
    private static final int DURATION = 1;
    private static final int EVENT_TYPE = 2;
    private static final int CONFIDENCE = 3;
    private static final int CHANNELS = 4;
    private static final int DATE_TIME = 5;
    private static final int RECORDING_DURATION = 6;

    private final String source;
    private final int line;
    private final String[] cells;
    private final int[] columnAt;

    private RowParser(String source, int line, String[] cells, int[] columnAt) {
        this.source = source;
        this.line = line;
        this.cells = cells;
        this.columnAt = columnAt;
    }

    static AnnotationRow parse(String source, int line, String[] cells, int[] columnAt, boolean first) {
        return new RowParser(source, line, cells, columnAt).parse(first);
    }

    private AnnotationRow parse(boolean first) {
        String eventType = eventType();
        double onset = number(ONSET);
        double duration = number(DURATION);
        double recordingDuration = number(RECORDING_DURATION);
        if (SeizureCodes.isSeizure(eventType)) {
            checkSeizureTimes(onset, duration);
        }
        if (first) {
            checkRecordingDuration(recordingDuration);
        }
        return new AnnotationRow(
                line, onset, duration, eventType, cell(CONFIDENCE), cell(CHANNELS), cell(DATE_TIME), recordingDuration);
    }

    private String cell(int column) {
        int at = columnAt[column];
        return at < cells.length ? cells[at] : "";
    }

    private String eventType() {
        String code = cell(EVENT_TYPE);
        if (TsvCells.isMissing(code)) {
            throw fail("eventType is missing ('" + code + "'); use bckg or a seizure code such as sz");
        }
        if (!SeizureCodes.isKnown(code)) {
            String hint = SeizureCodes.suggestionFor(code)
                    .map(s -> " (did you mean '" + s + "'? codes use underscores, are case-sensitive"
                            + " and have no surrounding blanks)")
                    .orElse(" (expected bckg or one of the 70 seizure codes, e.g. sz, sz_foc_ia)");
            throw fail("unknown eventType '" + code + "'" + hint);
        }
        return code;
    }

    private double number(int column) {
        String text = cell(column);
        Double value = TsvCells.number(text);
        if (value == null) {
            throw fail(AnnotationReader.COLUMNS.get(column) + " '" + text + "' is not a number");
        }
        return value;
    }

    private void checkSeizureTimes(double onset, double duration) {
        if (Double.isNaN(onset) || Double.isNaN(duration)) {
            String which = Double.isNaN(onset) ? "onset" : "duration";
            throw fail(which + " is missing (n/a) on a seizure row");
        }
        if (Double.isInfinite(onset + duration) || Double.isInfinite(onset)) {
            throw fail("onset or onset + duration is infinite on a seizure row");
        }
    }

    private void checkRecordingDuration(double seconds) {
        if (Double.isNaN(seconds)) {
            throw fail("recordingDuration is missing (n/a) in the first data row, which defines"
                    + " the recording length");
        }
        if (seconds < 0 || Double.isInfinite(seconds)) {
            throw fail("recordingDuration " + cell(RECORDING_DURATION)
                    + " in the first data row must be a finite number of seconds >= 0");
        }
        if (seconds > AnnotationFile.MAX_RECORDING_SECONDS) {
            throw fail("recordingDuration " + cell(RECORDING_DURATION) + " s is longer than the "
                    + (long) AnnotationFile.MAX_RECORDING_SECONDS + " s we score");
        }
    }

    private InvalidAnnotationException fail(String problem) {
        return new InvalidAnnotationException(source, line, problem);
    }
}
