package org.seizureforecast.tools.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the recordings of a reference tree as szcore-evaluation does: subjects are the entries
 * named {@code sub-*} directly under the root, and every {@code *.tsv} file at any depth below a
 * subject is a reference recording (the name need not end in {@code _events}). Subjects and
 * recordings are sorted by name so results do not depend on directory order.
 */
final class DatasetLayout {

    private DatasetLayout() {}

    /** Subject name to the relative paths ({@code /}-separated) of its recordings. */
    static Map<String, List<String>> discover(Path referenceRoot) {
        if (!Files.isDirectory(referenceRoot)) {
            throw new InvalidAnnotationException(referenceRoot.toString(), 0, "reference root is not a directory");
        }
        Map<String, List<String>> subjects = new TreeMap<>();
        try (Stream<Path> entries = Files.list(referenceRoot)) {
            for (Path subject : entries.filter(p -> p.getFileName().toString().startsWith("sub-"))
                    .toList()) {
                subjects.put(subject.getFileName().toString(), recordings(referenceRoot, subject));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(referenceRoot + ": cannot list: " + e.getMessage(), e);
        }
        if (subjects.isEmpty()) {
            throw new InvalidAnnotationException(
                    referenceRoot.toString(),
                    0,
                    "no sub-* entries in the reference root (expected a BIDS tree such as"
                            + " sub-01/ses-01/eeg/*_events.tsv)");
        }
        return subjects;
    }

    private static List<String> recordings(Path root, Path subject) throws IOException {
        List<String> found = new ArrayList<>();
        if (Files.isDirectory(subject)) {
            try (Stream<Path> files = Files.walk(subject)) {
                files.filter(p -> p.getFileName().toString().endsWith(".tsv"))
                        .filter(Files::isRegularFile)
                        .forEach(p -> found.add(relative(root, p)));
            }
        }
        if (found.isEmpty()) {
            throw new InvalidAnnotationException(
                    subject.toString(),
                    0,
                    "no *.tsv recording below" + " this subject (the official evaluator divides by zero here)");
        }
        found.sort(null);
        return found;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
