package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seizureforecast.tools.scoring.AnnotationWriter;
import org.seizureforecast.tools.scoring.Detection;

/**
 * The text files of one run: the SzCORE {@code _events.tsv} next to the EDF, a BIDS
 * {@code _eeg.json} sidecar, and the ground truth (artifacts, preictal periods, hypnogram) under
 * {@code derivatives/ground-truth}. Times are seconds from the run's start; rows that straddle a
 * run boundary are cut at it.
 */
final class RunAnnotations {
    private final PatientPlan plan;
    private final Montage montage;
    private final BidsLayout layout;
    private final String subject;

    RunAnnotations(PatientPlan plan, Montage montage, BidsLayout layout, String subject) {
        this.plan = plan;
        this.montage = montage;
        this.layout = layout;
        this.subject = subject;
    }

    void write(int run, int from, int to) throws IOException {
        LocalDateTime start = plan.start.plusSeconds(from);
        List<Detection> seizures = new ArrayList<>();
        for (Seizure s : plan.seizures) {
            if (s.onsetSeconds() >= from && s.onsetSeconds() < to) {
                seizures.add(new Detection(
                        s.onsetSeconds() - from,
                        s.durationSeconds(),
                        s.kind().eventType(),
                        Double.NaN,
                        onsetChannels(s)));
            }
        }
        AnnotationWriter.write(layout.events(subject, run), seizures, to - from, start);
        sidecar(run, to - from);
        artifacts(run, from, to);
        preictal(run, from, to);
        hypnogram(run, from, to);
    }

    /** The channels the seizure starts on: those touching the focus, or all for generalised ones. */
    private String onsetChannels(Seizure s) {
        return s.kind() == SeizureKind.GENERALISED ? "all" : String.join(",", montage.channelsWith(s.focus()));
    }

    private void artifacts(int run, int from, int to) throws IOException {
        List<String> rows = new ArrayList<>();
        for (GroundTruth.Artifact a : plan.events.artifacts()) {
            double start = Math.max(a.onset(), from);
            double end = Math.min(a.onset() + a.duration(), to);
            if (end > start) {
                rows.add(String.format(
                        Locale.ROOT,
                        "%.3f\t%.3f\t%s\t%s\t%.1f",
                        start - from,
                        end - start,
                        a.kind(),
                        a.channels(),
                        a.amplitudeUv()));
            }
        }
        BidsLayout.writeTsv(
                layout.truth(subject, run, "artifacts"), "onset\tduration\tartifact\tchannels\tamplitudeUv", rows);
    }

    private void preictal(int run, int from, int to) throws IOException {
        List<String> rows = new ArrayList<>();
        double window = plan.patient.preictalMinutes() * 60;
        for (Seizure s : plan.seizures) {
            double start = Math.max(Math.max(0, s.onsetSeconds() - window), from);
            double end = Math.min(s.onsetSeconds(), to);
            if (end > start) {
                rows.add(String.format(
                        Locale.ROOT,
                        "%.2f\t%.2f\t%d\t%.2f\t%.3f",
                        start - from,
                        end - start,
                        s.id(),
                        s.onsetSeconds() - start,
                        plan.patient.preictalStrength()));
            }
        }
        BidsLayout.writeTsv(
                layout.truth(subject, run, "preictal"), "onset\tduration\tseizureId\tsecondsToOnset\tstrength", rows);
    }

    private void hypnogram(int run, int from, int to) throws IOException {
        List<String> rows = new ArrayList<>();
        int segmentStart = from;
        for (int t = from + 1; t <= to; t++) {
            if (t == to || plan.hypnogram.at(t) != plan.hypnogram.at(segmentStart)) {
                SleepStage stage = plan.hypnogram.at(segmentStart);
                String eyes = stage == SleepStage.AWAKE_EYES_CLOSED
                        ? "closed"
                        : stage == SleepStage.AWAKE_EYES_OPEN ? "open" : "n/a";
                rows.add(String.format(
                        Locale.ROOT, "%d\t%d\t%s\t%s", segmentStart - from, t - segmentStart, stage.code(), eyes));
                segmentStart = t;
            }
        }
        BidsLayout.writeTsv(layout.truth(subject, run, "hypnogram"), "onset\tduration\tstage\teyes", rows);
    }

    private void sidecar(int run, int seconds) throws IOException {
        String json = "{\n"
                + "  \"TaskName\": \"" + BidsLayout.TASK + "\",\n"
                + "  \"SamplingFrequency\": 256,\n"
                + "  \"PowerLineFrequency\": " + plan.patient.lineHz() + ",\n"
                + "  \"EEGReference\": "
                + BidsLayout.json(
                        montage == Montage.BIPOLAR
                                ? "bipolar (double banana)"
                                : montage == Montage.AVERAGE ? "average" : "bipolar (double banana) and average")
                + ",\n"
                + "  \"EEGChannelCount\": " + montage.channels().size() + ",\n"
                + "  \"RecordingDuration\": " + seconds + ",\n"
                + "  \"RecordingType\": \"continuous\",\n"
                + "  \"SoftwareFilters\": \"n/a\",\n"
                + "  \"Manufacturer\": \"seizure-forecast simulator (synthetic EEG)\"\n"
                + "}\n";
        Files.writeString(layout.sidecar(subject, run), json);
    }
}
