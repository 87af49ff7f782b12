package org.seizureforecast.tools.edf;

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
import org.seizureforecast.core.lang.Nullable;

/**
 * Turns what a user points a command at into the EDF recordings to read, in order: a single
 * {@code .edf} file; a BIDS dataset (or a subject/session/eeg folder inside one) whose
 * recordings are {@code sub-*_..._eeg.edf}, ordered by subject, session and run; or, when the
 * folder holds no BIDS recordings, CHB-MIT as published ({@code chbNN/chbNN-summary.txt} beside
 * {@code chbNN_MM.edf}, or one {@code chbNN} folder), in case and summary order. Each recording
 * knows its subject and its seizures: a SzCORE {@code _events.tsv} beside it, or the CHB-MIT
 * summary's rows. Files under {@code derivatives/} are ignored.
 */
public final class EdfInputs {
    private static final Pattern BIDS_NAME =
            Pattern.compile("(sub-[A-Za-z0-9]+)(?:_ses-([A-Za-z0-9]+))?.*?(?:_run-(\\d+))?_eeg\\.edf");

    /**
     * One recording.
     *
     * @param subject BIDS subject ({@code sub-01}), CHB-MIT case ({@code chb05}), or the file name
     *        without extension for a plain EDF
     * @param events the matching {@code _events.tsv}, or null when there is none
     * @param summarySeizures the seizures a CHB-MIT summary lists for the file, or null when no
     *        summary lists it
     */
    public record Recording(
            String subject,
            String session,
            int run,
            Path edf,
            Path events,
            List<ChbMitSummary.Seizure> summarySeizures) {}

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
        List<Path> summaries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(input)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (input.relativize(p).toString().replace('\\', '/').startsWith("derivatives/")) {
                    continue;
                }
                if (name.endsWith("_eeg.edf") && name.startsWith("sub-")) {
                    out.add(recording(p));
                } else if (name.endsWith(ChbMitSummary.SUFFIX)) {
                    summaries.add(p);
                }
            }
        }
        if (out.isEmpty() && !summaries.isEmpty()) {
            return chbMit(input, summaries);
        }
        if (out.isEmpty()) {
            throw new EdfException(
                    input.toString(),
                    "input",
                    "no sub-*_eeg.edf recordings (BIDS) or chbNN-summary.txt files (CHB-MIT) below this folder");
        }
        out.sort(Comparator.comparing(Recording::subject)
                .thenComparing(Recording::session)
                .thenComparingInt(Recording::run)
                .thenComparing(r -> r.edf().toString()));
        return out;
    }

    /** CHB-MIT: every EDF a summary lists and that is present, in case and summary order. */
    private static List<Recording> chbMit(Path input, List<Path> summaries) throws IOException {
        List<Recording> out = new ArrayList<>();
        summaries.sort(Comparator.comparing(Path::toString));
        int listed = 0;
        for (Path summaryFile : summaries) {
            ChbMitSummary summary = ChbMitSummary.read(summaryFile);
            String name = summaryFile.getFileName().toString();
            String subject = name.substring(0, name.length() - ChbMitSummary.SUFFIX.length());
            int run = 0;
            for (ChbMitSummary.Entry entry : summary.entries()) {
                listed++;
                Path edf = summaryFile.resolveSibling(entry.fileName());
                if (Files.isRegularFile(edf)) {
                    out.add(new Recording(subject, "", run, edf, eventsBeside(edf), entry.seizures()));
                }
                run++;
            }
        }
        if (out.isEmpty()) {
            throw new EdfException(
                    input.toString(),
                    "input",
                    "the CHB-MIT summaries list " + listed
                            + " EDF file(s) and none of them is present beside its summary");
        }
        return out;
    }

    private static Recording recording(Path edf) throws IOException {
        String name = edf.getFileName().toString();
        Matcher m = BIDS_NAME.matcher(name);
        Path events = eventsBeside(edf);
        if (m.matches()) {
            return new Recording(
                    m.group(1),
                    m.group(2) == null ? "" : m.group(2),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                    edf,
                    events,
                    null);
        }
        return new Recording(name.replaceFirst("(?i)\\.edf$", ""), "", 0, edf, events, summarySeizures(edf));
    }

    private static Path eventsBeside(Path edf) {
        String name = edf.getFileName().toString();
        Path events = edf.resolveSibling(name.replaceFirst("(?i)(_eeg)?\\.edf$", "_events.tsv"));
        return Files.isRegularFile(events) ? events : null;
    }

    /** A single CHB-MIT file picks up its seizures from a summary in its folder, if one lists it. */
    private static @Nullable List<ChbMitSummary.Seizure> summarySeizures(Path edf) throws IOException {
        Path dir = edf.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        try (Stream<Path> siblings = Files.list(dir)) {
            for (Path p : siblings.filter(f -> f.getFileName().toString().endsWith(ChbMitSummary.SUFFIX))
                    .sorted()
                    .toList()) {
                var entry = ChbMitSummary.read(p).entry(edf.getFileName().toString());
                if (entry.isPresent()) {
                    return entry.get().seizures();
                }
            }
        }
        return null;
    }
}
