package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where the files of a simulated BIDS dataset go. Recordings and their SzCORE annotations are
 * under {@code sub-XX/ses-01/eeg/}; every other TSV (ground truth) is under
 * {@code derivatives/ground-truth/}, because the SzCORE evaluator takes <em>every</em> {@code
 * .tsv} below a {@code sub-*} folder for a reference annotation file.
 */
final class BidsLayout {
    static final String TASK = "szMonitoring";
    private final Path root;

    BidsLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    static String subject(int index) {
        return String.format(Locale.ROOT, "sub-%02d", index);
    }

    Path eegDir(String subject) {
        return root.resolve(subject).resolve("ses-01").resolve("eeg");
    }

    Path truthDir(String subject) {
        return root.resolve("derivatives")
                .resolve("ground-truth")
                .resolve(subject)
                .resolve("ses-01")
                .resolve("eeg");
    }

    static String base(String subject, int run) {
        return String.format(Locale.ROOT, "%s_ses-01_task-%s_run-%02d", subject, TASK, run);
    }

    Path edf(String subject, int run) {
        return eegDir(subject).resolve(base(subject, run) + "_eeg.edf");
    }

    Path events(String subject, int run) {
        return eegDir(subject).resolve(base(subject, run) + "_events.tsv");
    }

    Path sidecar(String subject, int run) {
        return eegDir(subject).resolve(base(subject, run) + "_eeg.json");
    }

    Path truth(String subject, int run, String suffix) {
        return truthDir(subject).resolve(base(subject, run) + "_" + suffix + ".tsv");
    }

    static void writeTsv(Path file, String header, List<String> rows) throws IOException {
        StringBuilder b = new StringBuilder(header).append('\n');
        rows.forEach(r -> b.append(r).append('\n'));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** A JSON string literal. */
    static String json(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
