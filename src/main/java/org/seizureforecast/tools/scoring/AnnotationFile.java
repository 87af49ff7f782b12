package org.seizureforecast.tools.scoring;

import java.util.List;

/**
 * The parsed content of one SzCORE annotation TSV: its rows in file order. A file may have no
 * rows ("header only"); the reference scores such a hypothesis as empty and rejects such a
 * reference, see {@link RecordingEvaluator}.
 *
 * @param source the file name used in messages
 * @param rows data rows in file order (unmodifiable)
 */
public record AnnotationFile(String source, List<AnnotationRow> rows) {

    /** The longest recording we accept, in seconds (about 115 days): bounds the label masks. */
    public static final double MAX_RECORDING_SECONDS = 10_000_000;

    public AnnotationFile {
        rows = List.copyOf(rows);
    }

    /** True when the file holds the header line only. */
    public boolean isHeaderOnly() {
        return rows.isEmpty();
    }

    /** The first row's recordingDuration in seconds; the file must have a row. */
    public double recordingDuration() {
        if (rows.isEmpty()) {
            throw new InvalidAnnotationException(
                    source,
                    0,
                    "no data rows (header only), so no recordingDuration; write one bckg row"
                            + " for a seizure-free recording");
        }
        return rows.get(0).recordingDuration();
    }

    /**
     * The number of 1 s labels, {@code int(recordingDuration)} of the first row (truncation:
     * 3600.9 gives 3600), as the reference computes it.
     */
    public int labelCount() {
        double seconds = recordingDuration();
        if (!(seconds >= 0 && seconds <= MAX_RECORDING_SECONDS)) {
            // The reader already rejects these; this guards files built in code.
            throw new InvalidAnnotationException(
                    source,
                    rows.get(0).line(),
                    "recordingDuration " + seconds + " must be between 0 and " + (long) MAX_RECORDING_SECONDS + " s");
        }
        return (int) seconds;
    }

    /** The seizure rows, in file order. */
    public List<AnnotationRow> seizureRows() {
        return rows.stream().filter(AnnotationRow::isSeizure).toList();
    }
}
