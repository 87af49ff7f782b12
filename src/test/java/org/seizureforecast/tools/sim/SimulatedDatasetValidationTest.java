package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seizureforecast.tools.edf.EdfAnnotation;
import org.seizureforecast.tools.edf.EdfHeader;
import org.seizureforecast.tools.edf.EdfReader;
import org.seizureforecast.tools.edf.EdfRecording;

/**
 * Issue 3, acceptance 1: a simulated dataset validates. Every EDF reads back, every events.tsv
 * follows the SzCORE spec, the EDF+ annotations agree with it, and the signal contains the
 * seizures where the TSV says. Default: 3 patients × 0.5 h in 15-min runs with 2 seizures each
 * (a few seconds); the full 3 × 6 h check is the same test with
 * {@code ./mvnw -o test -Dtest=SimulatedDatasetValidationTest -Dsim.validate.hours=6 -Dsim.validate.run-hours=1}
 * (seizure counts then drawn from the patients' rates).
 */
class SimulatedDatasetValidationTest {
    static final double HOURS = Double.parseDouble(System.getProperty("sim.validate.hours", "0.5"));
    static final double RUN_HOURS = Double.parseDouble(System.getProperty("sim.validate.run-hours", "0.25"));
    static final int SEIZURES = HOURS <= 1 ? 2 : -1;

    @TempDir
    static Path dir;

    static Path root;
    static SimulationOptions options;

    @BeforeAll
    static void simulate() throws IOException {
        root = dir.resolve("dataset");
        options = new SimulationOptions(3, HOURS, 20261127, RUN_HOURS, Montage.BIPOLAR, SEIZURES, Double.NaN, 2);
        AtomicLong done = new AtomicLong();
        new DatasetSimulator(options).write(root, done::addAndGet);
        assertThat(done.get()).isEqualTo(3L * options.seconds());
    }

    @Test
    void writesTheBidsLayoutWithGroundTruthOutsideTheSubjectFolders() throws IOException {
        assertThat(root.resolve("dataset_description.json")).exists();
        assertThat(Files.readAllLines(root.resolve("participants.tsv")))
                .hasSize(4)
                .first()
                .asString()
                .startsWith("participant_id\tage\tsex\tn_seizures");
        int runs = (int) Math.ceil(HOURS / RUN_HOURS - 1e-9);
        for (int p = 1; p <= 3; p++) {
            String sub = BidsLayout.subject(p);
            try (Stream<Path> files =
                    Files.list(root.resolve(sub).resolve("ses-01").resolve("eeg"))) {
                List<String> names =
                        files.map(f -> f.getFileName().toString()).sorted().toList();
                assertThat(names)
                        .hasSize(3 * runs)
                        .allMatch(n -> n.matches(
                                sub + "_ses-01_task-szMonitoring_run-\\d\\d_(eeg\\.edf|eeg\\.json|events\\.tsv)"));
            }
            // the SzCORE evaluator reads every .tsv below sub-*: only the events files may be there
            try (Stream<Path> all = Files.walk(root.resolve(sub))) {
                assertThat(all.filter(f -> f.toString().endsWith(".tsv")))
                        .allMatch(f -> f.toString().endsWith("_events.tsv"));
            }
            for (String kind : List.of("artifacts", "preictal", "hypnogram")) {
                assertThat(new BidsLayout(root).truth(sub, runs - 1, kind)).exists();
            }
        }
    }

    @Test
    void everyEdfReadsBackAndEveryEventsFileFollowsTheSpec() throws IOException {
        int seizures = 0;
        for (int p = 1; p <= 3; p++) {
            String sub = BidsLayout.subject(p);
            LocalDateTime expectedStart = null;
            for (int run = 0; Files.exists(new BidsLayout(root).edf(sub, run)); run++) {
                BidsLayout layout = new BidsLayout(root);
                List<SzcoreFormat.Event> events = SzcoreFormat.readStrict(layout.events(sub, run));
                try (EdfReader reader = EdfReader.open(layout.edf(sub, run))) {
                    EdfHeader h = reader.header();
                    assertThat(h.isEdfPlus()).isTrue();
                    assertThat(h.signalCount()).isEqualTo(19);
                    assertThat(h.signal(0).label()).isEqualTo("FP1-F7");
                    assertThat(h.signal(17).label()).isEqualTo("CZ-PZ");
                    assertThat(h.sampleRate(0)).isEqualTo(256.0);
                    assertThat(h.durationSeconds()).isEqualTo(events.get(0).recordingDuration());
                    assertThat(events.get(0).dateTime()).isEqualTo(h.start());
                    if (expectedStart != null) {
                        assertThat(h.start()).as("runs are consecutive").isEqualTo(expectedStart);
                    }
                    expectedStart = h.start().plusSeconds((long) h.durationSeconds());
                    List<SzcoreFormat.Event> sz =
                            events.stream().filter(SzcoreFormat.Event::seizure).toList();
                    List<EdfAnnotation> annotations = reader.annotations();
                    assertThat(annotations).hasSameSizeAs(sz);
                    for (int i = 0; i < sz.size(); i++) {
                        assertThat(annotations.get(i).onsetSeconds())
                                .isCloseTo(sz.get(i).onset(), within(0.006));
                        assertThat(annotations.get(i).durationSeconds())
                                .isCloseTo(sz.get(i).duration(), within(0.006));
                        assertThat(annotations.get(i).text())
                                .isEqualTo(sz.get(i).eventType());
                    }
                    seizures += sz.size();
                    float[][] part = new float[19][];
                    part[0] = new float[256 * 10];
                    assertThat(reader.readRecords(h.numRecords() - 10, 10, part))
                            .isEqualTo(10);
                }
            }
        }
        assertThat(seizures).as("the dataset has seizures to check").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theSignalContainsEachSeizureWhereTheTsvSaysIt() throws IOException {
        BidsLayout layout = new BidsLayout(root);
        int checked = 0;
        int quietWindows = 0;
        int seizureLikeWindows = 0;
        for (int p = 1; p <= 3; p++) {
            String sub = BidsLayout.subject(p);
            for (int run = 0; Files.exists(layout.edf(sub, run)); run++) {
                List<SzcoreFormat.Event> sz = SzcoreFormat.readStrict(layout.events(sub, run)).stream()
                        .filter(SzcoreFormat.Event::seizure)
                        .toList();
                if (sz.isEmpty()) {
                    continue;
                }
                EdfRecording rec;
                try (EdfReader reader = EdfReader.open(layout.edf(sub, run))) {
                    rec = reader.readAll();
                }
                double[][] ll =
                        lineLengthPerSecond(rec.samples(), (int) rec.header().numRecords());
                for (SzcoreFormat.Event e : sz) {
                    int from = (int) Math.ceil(e.onset());
                    int to = (int) (e.onset() + e.duration());
                    double[] vsRun = new double[18];
                    double[] vsBefore = new double[18];
                    for (int c = 0; c < 18; c++) {
                        double inside = mean(ll[c], from, to);
                        vsRun[c] = inside / median(ll[c]);
                        vsBefore[c] = inside / mean(ll[c], Math.max(0, from - 60), from);
                    }
                    String what = String.format(
                            "%s run %d seizure at %.2f s (%s): line length", sub, run, e.onset(), e.channels());
                    assertThat(fourthLargest(vsRun))
                            .as(what + " vs the run's median second, 4th channel")
                            .isGreaterThan(1.5);
                    assertThat(fourthLargest(vsBefore))
                            .as(what + " vs the minute before, 4th channel")
                            .isGreaterThan(1.3);
                    checked++;
                }
                // and outside the annotated seizures, 10-s windows rarely look like one
                double[] medians = new double[18];
                for (int c = 0; c < 18; c++) {
                    medians[c] = median(ll[c]);
                }
                for (int w = 0; w + 10 <= ll[0].length; w += 10) {
                    int start = w;
                    if (sz.stream().anyMatch(e -> start + 10 > e.onset() - 5 && start < e.onset() + e.duration() + 5)) {
                        continue;
                    }
                    double[] ratio = new double[18];
                    for (int c = 0; c < 18; c++) {
                        ratio[c] = mean(ll[c], w, w + 10) / medians[c];
                    }
                    quietWindows++;
                    seizureLikeWindows += fourthLargest(ratio) > 1.5 ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
        assertThat((double) seizureLikeWindows / quietWindows)
                .as("share of non-seizure 10-s windows that look like one")
                .isLessThan(0.02);
    }

    /**
     * Line length of each second of each of the 18 EEG channels, after an 8-sample moving average
     * (a low-pass that removes mains hum and most EMG, as detectors band-pass first).
     */
    static double[][] lineLengthPerSecond(float[][] x, int seconds) {
        double[][] ll = new double[18][seconds];
        for (int c = 0; c < 18; c++) {
            double[] smooth = new double[x[c].length];
            double acc = 0;
            for (int i = 0; i < x[c].length; i++) {
                acc += x[c][i] - (i >= 8 ? x[c][i - 8] : 0);
                smooth[i] = acc / 8;
            }
            for (int s = 0; s < seconds; s++) {
                double sum = 0;
                for (int i = Math.max(1, s * 256); i < (s + 1) * 256; i++) {
                    sum += Math.abs(smooth[i] - smooth[i - 1]);
                }
                ll[c][s] = sum;
            }
        }
        return ll;
    }

    static double mean(double[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += v[i];
        }
        return s / Math.max(1, to - from);
    }

    static double median(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double fourthLargest(double[] v) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 4];
    }

    private static Offset<Double> within(double d) {
        return Offset.offset(d);
    }
}
