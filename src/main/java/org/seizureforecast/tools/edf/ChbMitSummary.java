package org.seizureforecast.tools.edf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CHB-MIT {@code chbNN-summary.txt}: the recordings of one case in the order listed, each with
 * its annotated seizures in seconds from the file's start. The channel lists, the
 * "Channels changed" sections and the clock times are not needed and are skipped. Both spellings
 * of the seizure lines occur in the real files: {@code Seizure Start Time: 417 seconds} and
 * {@code Seizure 1 Start Time: 2670 seconds}.
 */
public final class ChbMitSummary {
    /** The file name suffix that marks a summary. */
    public static final String SUFFIX = "-summary.txt";

    private static final Pattern FILE_NAME = Pattern.compile("(?i)^\\s*File\\s+Name:\\s*(\\S+)\\s*$");
    private static final Pattern COUNT =
            Pattern.compile("(?i)^\\s*Number\\s+of\\s+Seizures\\s+in\\s+File:\\s*(\\d+)\\s*$");
    private static final Pattern TIME = Pattern.compile(
            "(?i)^\\s*Seizure(?:\\s+\\d+)?\\s+(Start|End)\\s+Time:\\s*(\\d+(?:\\.\\d+)?)\\s*(?:seconds?|s)?\\s*$");

    /** One annotated seizure, seconds from the start of its file. */
    public record Seizure(double startSeconds, double endSeconds) {}

    /** One listed recording. */
    public record Entry(String fileName, List<Seizure> seizures) {}

    private final String source;
    private final List<Entry> entries;

    private ChbMitSummary(String source, List<Entry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    public static ChbMitSummary read(Path file) throws IOException {
        // The summaries are ASCII; ISO-8859-1 never fails on a stray byte.
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    }

    /**
     * Parses the lines of a summary. Throws {@link EdfException} naming the source and line when a
     * seizure line stands outside a file entry, a start has no end (or the reverse), an end is not
     * after its start, or the declared seizure count differs from the seizures listed.
     */
    public static ChbMitSummary parse(String source, List<String> lines) throws EdfException {
        List<Entry> entries = new ArrayList<>();
        Builder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = "line " + (i + 1);
            Matcher m;
            if ((m = FILE_NAME.matcher(line)).matches()) {
                if (current != null) {
                    entries.add(current.finish(source));
                }
                current = new Builder(m.group(1), where);
            } else if ((m = COUNT.matcher(line)).matches()) {
                requireEntry(current, source, where, line).declared = Integer.parseInt(m.group(1));
            } else if ((m = TIME.matcher(line)).matches()) {
                requireEntry(current, source, where, line)
                        .time(m.group(1), Double.parseDouble(m.group(2)), source, where);
            }
        }
        if (current != null) {
            entries.add(current.finish(source));
        }
        if (entries.isEmpty()) {
            throw new EdfException(source, "summary", "no 'File Name:' entries (not a CHB-MIT summary?)");
        }
        return new ChbMitSummary(source, entries);
    }

    private static Builder requireEntry(Builder current, String source, String where, String line) throws EdfException {
        if (current == null) {
            throw new EdfException(source, where, "'" + line.strip() + "' before any 'File Name:' line");
        }
        return current;
    }

    public String source() {
        return source;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String fileName) {
        return entries.stream().filter(e -> e.fileName().equals(fileName)).findFirst();
    }

    private static final class Builder {
        final String fileName;
        final String where;
        final List<Seizure> seizures = new ArrayList<>();
        Integer declared;
        Double openStart;

        Builder(String fileName, String where) {
            this.fileName = fileName;
            this.where = where;
        }

        void time(String kind, double seconds, String source, String at) throws EdfException {
            if (kind.equalsIgnoreCase("start")) {
                if (openStart != null) {
                    throw new EdfException(source, at, fileName + ": a seizure start follows a start without its end");
                }
                openStart = seconds;
                return;
            }
            if (openStart == null) {
                throw new EdfException(source, at, fileName + ": a seizure end without its start");
            }
            if (seconds <= openStart) {
                throw new EdfException(
                        source,
                        at,
                        fileName + ": seizure end " + seconds + " s is not after its start " + openStart + " s");
            }
            seizures.add(new Seizure(openStart, seconds));
            openStart = null;
        }

        Entry finish(String source) throws EdfException {
            if (openStart != null) {
                throw new EdfException(source, where, fileName + ": a seizure start without its end");
            }
            if (declared != null && declared != seizures.size()) {
                throw new EdfException(
                        source,
                        where,
                        fileName + ": declares " + declared + " seizure(s) but lists " + seizures.size());
            }
            return new Entry(fileName, seizures);
        }
    }
}
