package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.seizureforecast.tools.edf.ChbMitSummary;
import org.seizureforecast.tools.edf.EdfException;
import org.seizureforecast.tools.edf.EdfInputs;

/**
 * A command's input as the recordings to stream: a single EDF file, every {@code sub-*_eeg.edf}
 * of a BIDS dataset in subject/session/run order, or a CHB-MIT folder ({@link EdfInputs}), with the patient id (the
 * BIDS subject, the file name, or the user's {@code --patient}) and the session id (the file name).
 */
final class Recordings {
    private Recordings() {}

    /**
     * One recording to process, with the patient and session it is streamed as, and its seizures:
     * a SzCORE events file ({@code events}) or a CHB-MIT summary's rows ({@code summarySeizures}).
     */
    record Recording(
            Path edf, String patientId, String sessionId, Path events, List<ChbMitSummary.Seizure> summarySeizures) {}

    static List<Recording> find(Path input, String patientOverride) throws IOException {
        try {
            return EdfInputs.resolve(input).stream()
                    .map(r -> new Recording(
                            r.edf(),
                            patientOverride != null ? patientOverride : r.subject(),
                            stem(r.edf()),
                            r.events(),
                            r.summarySeizures()))
                    .toList();
        } catch (EdfException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
