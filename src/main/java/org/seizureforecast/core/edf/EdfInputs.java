package org.seizureforecast.core.edf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns what a user points a command at into the EDF recordings to read, in order: a single
 * {@code .edf} file, or a BIDS dataset (or a subject/session/eeg folder inside one) whose
 * recordings are {@code sub-*_..._eeg.edf}, ordered by subject, session and run. Each recording
 * knows its subject and its SzCORE {@code _events.tsv} (if present). Files under
 * {@code derivatives/} are ignored.
 */
public final class EdfInputs {
    private static final Pattern BIDS_NAME = Pattern.compile(
            "(sub-[A-Za-z0-9]+)(?:_ses-([A-Za-z0-9]+))?.*?(?:_run-(\\d+))?_eeg\\.edf");

    /**
     * One recording.
     *
     * @param subject BIDS subject ({@code sub-01}), or the file name without extension for a plain EDF
     * @param events the matching {@code _events.tsv}, or null when there is none
     */
    public record Recording(String subject, String session, int run, Path edf, Path events) {}

    private EdfInputs() {}

    public static List<Recording> resolve(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".edf")) {
                throw new EdfException(input.toString(), "input", "not an .edf file or a BIDS folder");
            }
            return List.of(recording(input));
        }
        if (!Files.isDirectory(input)) {
            throw new EdfException(input.toString(), "input", "no such file or folder");
        }
        List<Recording> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith("_eeg.edf") && name.startsWith("sub-")
                        && !input.relativize(p).toString().replace('\\', '/').startsWith("derivatives/")) {
                    out.add(recording(p));
                }
            }
        }
        if (out.isEmpty()) {
            throw new EdfException(input.toString(), "input", "no sub-*_eeg.edf recordings below this folder");
        }
        out.sort(Comparator.comparing(Recording::subject).thenComparing(Recording::session)
                .thenComparingInt(Recording::run).thenComparing(r -> r.edf().toString()));
        return out;
    }

    private static Recording recording(Path edf) {
        String name = edf.getFileName().toString();
        Matcher m = BIDS_NAME.matcher(name);
        Path events = edf.resolveSibling(name.replaceFirst("(?i)(_eeg)?\\.edf$", "_events.tsv"));
        if (!Files.isRegularFile(events)) {
            events = null;
        }
        if (m.matches()) {
            return new Recording(m.group(1), m.group(2) == null ? "" : m.group(2),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), edf, events);
        }
        return new Recording(name.replaceFirst("(?i)\\.edf$", ""), "", 0, edf, events);
    }
}
