package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Simulates a BIDS-style dataset of synthetic epilepsy patients (see {@code docs/simulator.md}).
 *
 * <p>Determinism: every patient gets its own random streams split in patient order from the
 * master seed (parameters, plan, signal, start time), so the bytes depend only on the options,
 * not on thread scheduling; patients run in parallel on {@code options.threads()} threads.
 * A patient's parameters do not depend on the recording length.
 */
public final class DatasetSimulator {
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private final SimulationOptions options;
    private final List<Patient> patients = new ArrayList<>();

    private record Patient(
            String subject,
            PatientParameters parameters,
            LocalDateTime start,
            SplittableRandom planRandom,
            SplittableRandom signalRandom) {}

    public DatasetSimulator(SimulationOptions options) {
        this.options = options;
        SplittableRandom master = new SplittableRandom(options.seed());
        for (int i = 1; i <= options.patients(); i++) {
            SplittableRandom r = master.split();
            String subject = BidsLayout.subject(i);
            PatientParameters p = PatientParameters.draw(
                    String.format(Locale.ROOT, "%02d", i), r.split(), options.preictalStrength());
            SplittableRandom startRandom = r.split();
            LocalDateTime start = LocalDate.of(2076, 1, 1)
                    .plusDays(startRandom.nextInt(365))
                    .atTime(LocalTime.of(7, 0).plusMinutes(startRandom.nextInt(14 * 60)));
            patients.add(new Patient(subject, p, start, r.split(), r.split()));
        }
    }

    public List<PatientParameters> parameters() {
        return patients.stream().map(Patient::parameters).toList();
    }

    /** Simulated seconds in all, for progress bars. */
    public long totalSeconds() {
        return (long) options.seconds() * options.patients();
    }

    /**
     * Writes the dataset under {@code root} (created if needed). {@code progress} receives
     * simulated seconds as they are written, possibly from several threads at once.
     */
    public void write(Path root, LongConsumer progress) throws IOException {
        BidsLayout layout = new BidsLayout(root);
        Files.createDirectories(root);
        List<List<Seizure>> seizures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), patients.size()));
        try {
            List<Future<List<Seizure>>> jobs = new ArrayList<>();
            for (Patient p : patients) {
                jobs.add(pool.submit(() -> simulate(layout, p, progress)));
            }
            for (Future<List<Seizure>> job : jobs) {
                seizures.add(job.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IllegalStateException("simulating a patient failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        writeDatasetFiles(layout, seizures);
    }

    private List<Seizure> simulate(BidsLayout layout, Patient p, LongConsumer progress) {
        try {
            PatientPlan plan = PatientPlan.build(p.parameters(), p.start(), options, p.planRandom());
            new PatientSimulator(plan, options, p.signalRandom()).write(layout, p.subject(), progress);
            Files.writeString(
                    layout.truthDir(p.subject()).getParent().getParent().resolve(p.subject() + "_parameters.json"),
                    parametersJson(p),
                    StandardCharsets.UTF_8);
            return plan.seizures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDatasetFiles(BidsLayout layout, List<List<Seizure>> seizures) throws IOException {
        Path root = layout.root();
        Files.writeString(
                root.resolve("dataset_description.json"),
                "{\n"
                        + "  \"Name\": \"Synthetic epilepsy EEG (seizure-forecast simulator)\",\n"
                        + "  \"BIDSVersion\": \"1.9.0\",\n"
                        + "  \"DatasetType\": \"raw\",\n"
                        + "  \"License\": \"CC0\",\n"
                        + "  \"GeneratedBy\": [{\"Name\": \"seizure-forecast simulate\", \"Description\": "
                        + BidsLayout.json(String.format(
                                Locale.ROOT,
                                "seed %d, %d patients x %s h, montage %s",
                                options.seed(),
                                options.patients(),
                                options.hours(),
                                options.montage().name().toLowerCase(Locale.ROOT)))
                        + "}]\n}\n",
                StandardCharsets.UTF_8);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            PatientParameters p = patients.get(i).parameters();
            rows.add(String.join(
                    "\t",
                    patients.get(i).subject(),
                    Integer.toString(p.ageYears()),
                    p.sex(),
                    Integer.toString(seizures.get(i).size()),
                    p.seizureKind().eventType(),
                    p.focus().label(),
                    String.format(Locale.ROOT, "%.3f", p.preictalStrength()),
                    String.format(Locale.ROOT, "%.1f", p.preictalMinutes()),
                    Integer.toString(p.lineHz()),
                    ISO_SECONDS.format(patients.get(i).start())));
        }
        BidsLayout.writeTsv(
                root.resolve("participants.tsv"),
                "participant_id\tage\tsex\tn_seizures\tseizure_type"
                        + "\tfocus\tpreictal_strength\tpreictal_minutes\tline_frequency\trecording_start",
                rows);
        Files.writeString(root.resolve("participants.json"), PARTICIPANTS_JSON, StandardCharsets.UTF_8);
        Files.writeString(
                root.resolve("README.md"),
                "Synthetic EEG written by `seizure-forecast simulate`; no real"
                        + " patient data. Model and parameter ranges: docs/simulator.md in the seizure-forecast repository.\n"
                        + "Seizure annotations: sub-*/ses-01/eeg/*_events.tsv (SzCORE format). Ground truth of artifacts,"
                        + " preictal periods and sleep stages, and each patient's parameters: derivatives/ground-truth/.\n",
                StandardCharsets.UTF_8);
    }

    private static String parametersJson(Patient patient) {
        StringBuilder b = new StringBuilder("{\n  \"recordingStart\": ")
                .append(BidsLayout.json(ISO_SECONDS.format(patient.start())));
        for (RecordComponent c : PatientParameters.class.getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(patient.parameters());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            b.append(",\n  ")
                    .append(BidsLayout.json(c.getName()))
                    .append(": ")
                    .append(value instanceof Number ? value.toString() : BidsLayout.json(String.valueOf(value)));
        }
        return b.append("\n}\n").toString();
    }

    private static final String PARTICIPANTS_JSON = """
            {
              "age": {"Description": "age in years (drawn; shapes the posterior dominant rhythm)"},
              "sex": {"Description": "F or M (drawn; no effect on the signal)"},
              "n_seizures": {"Description": "seizures in the recording"},
              "seizure_type": {"Description": "SzCORE code of the patient's seizure type (sz_foc, sz_gen); single seizures may be sz_foc_f2b"},
              "focus": {"Description": "10-20 electrode at the seizure onset zone (Fz for generalised)"},
              "preictal_strength": {"Description": "0..1 strength of preictal changes; 0 = no preictal signature"},
              "preictal_minutes": {"Description": "length of the preictal ramp before each seizure"},
              "line_frequency": {"Description": "mains frequency of the hum, Hz"},
              "recording_start": {"Description": "start of run-00 (surrogate date, local clock, no time zone)"}
            }
            """;
}
