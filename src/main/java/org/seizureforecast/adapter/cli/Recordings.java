package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Resolves a command's input to recordings: a single EDF file, or every {@code *_eeg.edf} of a
 * BIDS dataset ({@code sub-XX/.../*_eeg.edf}, in path order, patient = {@code sub-XX}).
 */
final class Recordings {
    private Recordings() {}

    /** One recording to process, with the patient and session it is streamed as. */
    record Recording(Path edf, String patientId, String sessionId) {}

    static List<Recording> find(Path input, String patientOverride) throws IOException {
        if (!Files.exists(input)) {
            throw new BadInputException(input + ": no such file or directory");
        }
        if (Files.isRegularFile(input)) {
            if (!input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".edf")) {
                throw new BadInputException(input + ": not an EDF file (expected a .edf file or a BIDS directory)");
            }
            String stem = stem(input);
            return List.of(new Recording(input, patientOverride != null ? patientOverride : stem, stem));
        }
        try (Stream<Path> files = Files.walk(input)) {
            List<Recording> found = files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith("_eeg.edf"))
                    .sorted()
                    .map(p -> new Recording(p, patientOverride != null ? patientOverride : subject(input, p), stem(p)))
                    .toList();
            if (found.isEmpty()) {
                throw new BadInputException(input + ": no *_eeg.edf recordings found (expected a BIDS dataset)");
            }
            return found;
        }
    }

    private static String subject(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith("sub-")) {
                return part.toString();
            }
        }
        return stem(file);
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
