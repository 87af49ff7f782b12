package org.seizureforecast.tools.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads SzCORE annotation TSVs. Accepts exactly what the official loader (epilepsy2bids on
 * pandas) scores, and turns each input on which the official evaluator crashes into an
 * {@link InvalidAnnotationException} naming file, line and problem.
 *
 * <p>Accepted like the reference: columns in any order and extra columns (found by exact header
 * name), {@code \r\n} or {@code \r} line ends and a UTF-8 byte-order mark (pandas' C parser
 * handles both), blank lines (skipped), short rows (missing cells are n/a), integer or any
 * decimal time format, free text in confidence/channels/dateTime, a header-only file (returned
 * with no rows; scoring decides what that means).
 *
 * <p>Rejected (the reference crashes): invalid UTF-8, an empty file, a missing or space-padded
 * column name, a row with more cells than the header, an unknown or missing eventType
 * (including hyphen spellings such as {@code sz-foc}), a non-numeric onset, duration or
 * recordingDuration in any row, a missing or infinite onset/end on a seizure row, and a first row
 * whose recordingDuration is missing, infinite or negative. We also reject a recordingDuration
 * above {@link AnnotationFile#MAX_RECORDING_SECONDS}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnotationReader {

    /** The seven columns of the format, in the order the official writer uses. */
    public static final List<String> COLUMNS =
            List.of("onset", "duration", "eventType", "confidence", "channels", "dateTime", "recordingDuration");

    private AnnotationReader() {}

    /** Reads a file; messages name it by {@code path.toString()}. */
    public static AnnotationFile read(Path path) {
        return read(path, path.toString());
    }

    /** Reads a file; messages name it {@code displayName}. */
    public static AnnotationFile read(Path path, String displayName) {
        try {
            return parse(displayName, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(displayName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the raw bytes of a file (strict UTF-8). */
    public static AnnotationFile parse(String source, byte[] content) {
        return parse(source, TsvText.decode(source, content));
    }

    /** Parses the text of a file. */
    public static AnnotationFile parse(String source, String text) {
        List<String> lines = TsvText.lines(text);
        int headerIndex = firstNonBlank(lines);
        if (headerIndex < 0) {
            throw new InvalidAnnotationException(
                    source, 0, "empty file: expected a header line with the columns " + String.join(" ", COLUMNS));
        }
        String[] header = lines.get(headerIndex).split("\t", -1);
        int[] columnAt = columnPositions(source, headerIndex + 1, header);
        List<AnnotationRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                String[] cells = lines.get(i).split("\t", -1);
                if (cells.length > header.length) {
                    throw new InvalidAnnotationException(
                            source, i + 1, cells.length + " tab-separated cells but the header has " + header.length);
                }
                rows.add(RowParser.parse(source, i + 1, cells, columnAt, rows.isEmpty()));
            }
        }
        return new AnnotationFile(source, rows);
    }

    private static int firstNonBlank(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Index of each of {@link #COLUMNS} in the header (first occurrence, exact name). */
    private static int[] columnPositions(String source, int line, String[] header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = header.length - 1; i >= 0; i--) {
            byName.put(header[i], i);
        }
        int[] positions = new int[COLUMNS.size()];
        for (int c = 0; c < COLUMNS.size(); c++) {
            Integer at = byName.get(COLUMNS.get(c));
            if (at == null) {
                throw new InvalidAnnotationException(source, line, missingColumn(COLUMNS.get(c), header));
            }
            positions[c] = at;
        }
        return positions;
    }

    private static String missingColumn(String name, String[] header) {
        String base = "missing column '" + name + "' in the header; expected the tab-separated" + " columns "
                + String.join(" ", COLUMNS);
        if (header.length == 1 && header[0].strip().contains(" ")) {
            return base + " (the header is not tab-separated)";
        }
        for (String h : header) {
            if (h.strip().equals(name)) {
                return base + " (found '" + h + "': column names must not be padded with spaces)";
            }
            if (h.strip().equalsIgnoreCase(name)) {
                return base + " (found '" + h + "': names are case-sensitive)";
            }
        }
        return base + " (found: " + String.join(", ", quoted(header)) + ")";
    }

    private static List<String> quoted(String[] header) {
        List<String> out = new ArrayList<>();
        for (String h : header) {
            out.add("'" + h + "'");
        }
        return out;
    }
}
