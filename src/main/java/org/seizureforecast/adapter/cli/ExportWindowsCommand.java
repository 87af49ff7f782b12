package org.seizureforecast.adapter.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.seizureforecast.adapter.config.Pipelines;
import org.seizureforecast.adapter.config.ServiceConfig;
import org.seizureforecast.core.signal.AnalysisWindow;
import org.seizureforecast.core.signal.EegFrame;
import org.seizureforecast.core.signal.FrameRejectedException;
import org.seizureforecast.core.signal.Montage;
import org.seizureforecast.core.signal.PatientStream;
import org.seizureforecast.core.signal.StreamSpec;
import org.seizureforecast.tools.batch.EdfFrameSource;
import org.seizureforecast.tools.batch.PatientTimeline;
import org.seizureforecast.tools.batch.WindowLabeler;
import org.seizureforecast.tools.edf.EdfException;
import org.seizureforecast.tools.edf.EdfReader;
import org.seizureforecast.tools.npy.NpyFile;
import org.seizureforecast.tools.scoring.AnnotationFile;
import org.seizureforecast.tools.scoring.AnnotationReader;
import org.seizureforecast.tools.scoring.AnnotationRow;
import org.seizureforecast.tools.scoring.InvalidAnnotationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Training data for the models, cut by the service's own pipeline (montage, resampling, filters,
 * windows) so the models train on exactly what they will be served. Writes the STAN layout of
 * models/README.md: windows.npy (float16 µV), labels.npy, patients.npy, starts.npy, meta.json.
 */
@Command(
        name = "export-windows",
        description = {
            "Cut a BIDS dataset (sub-*/**/*_eeg.edf with *_events.tsv) or CHB-MIT as published",
            "(chbNN/chbNN-summary.txt beside the EDF files) into labelled 5 s windows for training.",
            "Uses serve's montage, resampling and filters. Interictal and unlabelled windows are thinned."
        })
public class ExportWindowsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BIDS-OR-CHBMIT-ROOT")
    Path root;

    @Parameters(index = "1", paramLabel = "OUT-DIR")
    Path outDir;

    @Option(names = "--subjects", split = ",", description = "subjects to export (default: all)")
    List<String> subjects;

    @Option(
            names = "--interictal-every",
            defaultValue = "8",
            description = "keep every n-th interictal window (default ${DEFAULT-VALUE})")
    int interictalEvery;

    @Option(
            names = "--unlabelled-every",
            defaultValue = "32",
            description = "keep every n-th unlabelled window; 0 = none (default ${DEFAULT-VALUE})")
    int unlabelledEvery;

    @Option(
            names = "--preictal-minutes",
            defaultValue = "50,5",
            split = ",",
            description = "preictal span before onset, from,to (default ${DEFAULT-VALUE})")
    double[] preictal;

    @Option(
            names = "--interictal-hours",
            defaultValue = "4",
            description = "interictal = at least this far from any seizure (default ${DEFAULT-VALUE})")
    double interictalHours;

    @Inject
    ServiceConfig config;

    @Override
    public Integer call() throws IOException {
        List<Recordings.Recording> recordings = Recordings.find(root, null).stream()
                .filter(r -> subjects == null || subjects.contains(r.patientId()))
                .toList();
        if (recordings.isEmpty()) {
            throw new BadInputException(root + ": none of the subjects " + subjects + " has recordings");
        }
        Files.createDirectories(outDir);
        StreamSpec spec = Pipelines.streamSpec(config);
        WindowLabeler.Spans spans =
                new WindowLabeler.Spans(preictal[0] * 60, preictal[1] * 60, 1800, interictalHours * 3600);
        List<String> patients = new ArrayList<>();
        long[] counts = new long[4];
        Map<Recordings.Recording, List<double[]>> seizures = seizuresOnPatientClocks(recordings);
        int channels = Montage.DOUBLE_BANANA.size();
        int samples = spec.windowSamples();
        try (NpyFile windows = NpyFile.create(outDir.resolve("windows.npy"), NpyFile.Dtype.F2, channels, samples);
                NpyFile labels = NpyFile.create(outDir.resolve("labels.npy"), NpyFile.Dtype.I1);
                NpyFile patientIdx = NpyFile.create(outDir.resolve("patients.npy"), NpyFile.Dtype.I4);
                NpyFile starts = NpyFile.create(outDir.resolve("starts.npy"), NpyFile.Dtype.F8)) {
            for (Recordings.Recording r : recordings) {
                if (!patients.contains(r.patientId())) {
                    patients.add(r.patientId());
                }
                int p = patients.indexOf(r.patientId());
                WindowLabeler labeler = new WindowLabeler(seizures.get(r), spans);
                PatientStream stream = new PatientStream(r.patientId(), spec, Pipelines.filterBank(config));
                long[] seen = new long[4];
                try (EdfFrameSource source = EdfFrameSource.open(r.edf(), r.patientId(), r.sessionId(), 10.0);
                        Progress progress = new Progress(r.edf().getFileName().toString(), source.totalRecords())) {
                    long t0 = source.header().startMicros();
                    EegFrame frame;
                    while ((frame = source.next()) != null) {
                        for (AnalysisWindow w : stream.accept(frame)) {
                            double start = (w.startMicros() - t0) / 1e6;
                            byte label = labeler.label(start, (w.endMicros() - t0) / 1e6);
                            if (keep(label, seen[label + 1]++)) {
                                windows.append(w.data(), 0);
                                labels.append(label);
                                patientIdx.append(p);
                                starts.append(start);
                                counts[label + 1]++;
                            }
                        }
                        progress.update(source.recordsRead());
                    }
                } catch (EdfException e) {
                    throw new BadInputException(e.getMessage(), e);
                } catch (FrameRejectedException e) {
                    throw new BadInputException(r.edf() + ": " + e.reason() + ": " + e.getMessage(), e);
                }
            }
        }
        writeMeta(spec, patients, counts);
        System.err.printf(
                "%s: %d windows (interictal %d, preictal %d, ictal %d, unlabelled %d) from %d recording(s)%n",
                outDir,
                counts[0] + counts[1] + counts[2] + counts[3],
                counts[1],
                counts[2],
                counts[3],
                counts[0],
                recordings.size());
        return 0;
    }

    private boolean keep(byte label, long index) {
        return switch (label) {
            case WindowLabeler.INTERICTAL -> index % interictalEvery == 0;
            case WindowLabeler.UNLABELLED -> unlabelledEvery > 0 && index % unlabelledEvery == 0;
            default -> true;
        };
    }

    /**
     * Each recording's labels must see every seizure of its patient, also those in the neighbouring
     * files (CHB-MIT files are one hour long), so seizures go through a {@link PatientTimeline}.
     */
    private static Map<Recordings.Recording, List<double[]>> seizuresOnPatientClocks(
            List<Recordings.Recording> recordings) throws IOException {
        Map<String, List<Recordings.Recording>> byPatient = new LinkedHashMap<>();
        for (Recordings.Recording r : recordings) {
            byPatient.computeIfAbsent(r.patientId(), k -> new ArrayList<>()).add(r);
        }
        IdentityHashMap<Recordings.Recording, List<double[]>> out = new IdentityHashMap<>();
        for (List<Recordings.Recording> own : byPatient.values()) {
            List<PatientTimeline.Part> parts = new ArrayList<>();
            for (Recordings.Recording r : own) {
                try (EdfReader reader = EdfReader.open(r.edf())) { // the header is all the clock needs
                    parts.add(new PatientTimeline.Part(reader.header().startMicros(), seizures(r)));
                } catch (EdfException e) {
                    throw new BadInputException(e.getMessage(), e);
                }
            }
            PatientTimeline timeline = new PatientTimeline(parts);
            for (int i = 0; i < own.size(); i++) {
                out.put(own.get(i), timeline.seizuresRelativeTo(i));
            }
        }
        return out;
    }

    private static List<double[]> seizures(Recordings.Recording r) {
        Path events = r.events();
        if (events == null && r.summarySeizures() != null) {
            return r.summarySeizures().stream()
                    .map(s -> new double[] {s.startSeconds(), s.endSeconds()})
                    .toList();
        }
        if (events == null) {
            throw new BadInputException(r.edf() + ": no matching _events.tsv and no CHB-MIT summary lists it"
                    + " (every recording needs its seizure annotations)");
        }
        try {
            AnnotationFile file = AnnotationReader.read(events);
            List<double[]> out = new ArrayList<>();
            for (AnnotationRow row : file.seizureRows()) {
                out.add(new double[] {row.onset(), row.end()});
            }
            return out;
        } catch (InvalidAnnotationException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private void writeMeta(StreamSpec spec, List<String> patients, long[] counts) throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("sampling_rate", (int) spec.sampleRate());
        meta.put("channels", Montage.DOUBLE_BANANA.labels());
        meta.put("window_samples", spec.windowSamples());
        meta.put("hop_samples", spec.hopSamples());
        meta.put("units", "uV");
        ServiceConfig.Filter f = config.filter();
        meta.put(
                "preprocessing",
                String.format(
                        Locale.ROOT,
                        "seizure-forecast pipeline: montage to double banana, resample to 256 Hz, Butterworth band-pass"
                                + " %.2f-%.1f Hz order %d, notch %.0f Hz",
                        f.lowHz(),
                        f.highHz(),
                        f.order(),
                        f.notchHz()));
        meta.put("labels", Map.of("-1", "unlabelled", "0", "interictal", "1", "preictal", "2", "ictal"));
        meta.put(
                "label_protocol",
                Map.of(
                        "preictal_minutes_before_onset",
                        List.of(preictal[0], preictal[1]),
                        "interictal_hours_from_any_seizure",
                        interictalHours,
                        "postictal_minutes_unlabelled",
                        30,
                        "interictal_kept_every",
                        interictalEvery,
                        "unlabelled_kept_every",
                        unlabelledEvery));
        meta.put(
                "counts",
                Map.of("unlabelled", counts[0], "interictal", counts[1], "preictal", counts[2], "ictal", counts[3]));
        meta.put("patients", patients);
        meta.put("source", root.toAbsolutePath().toString());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(outDir.resolve("meta.json").toFile(), meta);
    }
}
