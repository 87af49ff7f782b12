package org.seizureforecast.tools.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes SzCORE annotation TSVs exactly as the official writer ({@code epilepsy2bids
 * Annotations.saveTsv}, used by the SzCORE example algorithm) does: the 7 columns in order,
 * tab-separated without padding, {@code \n} line ends, times and recordingDuration with two
 * decimals (Python rounding), {@code n/a} for missing confidence, channels and dateTime, and one
 * {@code bckg} row covering the recording when there are no detections. Rows keep the given
 * order. Stateless and thread-safe.
 */
public final class AnnotationWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String NA = "n/a";

    private AnnotationWriter() {}

    /**
     * The file content.
     *
     * @param detections events in the order to write them
     * @param recordingDuration seconds; write the EDF's samples / sampling rate so that it
     *     truncates to the same whole seconds as the reference's value
     * @param dateTime start of the recording, or null for {@code n/a}
     */
    public static String format(List<Detection> detections, double recordingDuration, LocalDateTime dateTime) {
        if (!(recordingDuration >= 0) || Double.isInfinite(recordingDuration)) {
            throw new IllegalArgumentException("recordingDuration must be finite and >= 0, was " + recordingDuration);
        }
        String start = dateTime == null ? NA : DATE_TIME.format(dateTime);
        StringBuilder out = new StringBuilder(String.join("\t", AnnotationReader.COLUMNS)).append('\n');
        if (detections.isEmpty()) {
            row(
                    out,
                    new Detection(0, recordingDuration, SeizureCodes.BACKGROUND, Double.NaN),
                    start,
                    recordingDuration);
        }
        for (Detection d : detections) {
            row(out, d, start, recordingDuration);
        }
        return out.toString();
    }

    /** Writes the file (UTF-8), replacing an existing one. */
    public static void write(Path file, List<Detection> detections, double recordingDuration, LocalDateTime dateTime) {
        try {
            Files.writeString(file, format(detections, recordingDuration, dateTime), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    private static void row(StringBuilder out, Detection d, String start, double recordingDuration) {
        out.append(TwoDecimals.format(d.onsetSeconds()))
                .append('\t')
                .append(TwoDecimals.format(d.durationSeconds()))
                .append('\t')
                .append(d.eventType())
                .append('\t')
                .append(Double.isNaN(d.confidence()) ? NA : TwoDecimals.format(d.confidence()))
                .append('\t')
                .append(d.channels())
                .append('\t')
                .append(start)
                .append('\t')
                .append(TwoDecimals.format(recordingDuration))
                .append('\n');
    }
}
