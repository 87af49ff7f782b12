package org.seizureforecast.core.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes an annotation file in the exact SzCORE / BIDS-score format (szcore-spec.md §2): one
 * header line, tab-separated, the 7 columns in order, onset/duration/recordingDuration with 2
 * decimals, {@code dateTime} as {@code yyyy-MM-dd HH:mm:ss} (the recording start), and a single
 * {@code bckg} row when the recording has no seizure. A minimal writer for the simulator; the
 * scoring package has the full reader/writer.
 */
public final class SzcoreEventsWriter {
    public static final String HEADER = "onset\tduration\teventType\tconfidence\tchannels\tdateTime\trecordingDuration";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    /** One annotated event; {@code channels} is a comma-separated list, {@code all} or {@code n/a}. */
    public record Row(double onset, double duration, String eventType, String channels) {}

    private SzcoreEventsWriter() {}

    public static String format(List<Row> events, LocalDateTime recordingStart, double recordingDuration) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        String when = DATE_TIME.format(recordingStart);
        String total = decimal(recordingDuration);
        List<Row> rows = events.isEmpty() ? List.of(new Row(0, recordingDuration, "bckg", "n/a")) : events;
        for (Row r : rows) {
            b.append(decimal(r.onset())).append('\t').append(decimal(r.duration())).append('\t')
                    .append(r.eventType()).append("\tn/a\t").append(r.channels()).append('\t')
                    .append(when).append('\t').append(total).append('\n');
        }
        return b.toString();
    }

    public static void write(Path file, List<Row> events, LocalDateTime recordingStart, double recordingDuration)
            throws IOException {
        Files.writeString(file, format(events, recordingStart, recordingDuration), StandardCharsets.UTF_8);
    }

    private static String decimal(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
