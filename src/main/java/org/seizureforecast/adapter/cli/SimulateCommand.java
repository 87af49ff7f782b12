package org.seizureforecast.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.seizureforecast.tools.sim.DatasetSimulator;
import org.seizureforecast.tools.sim.EmgDatasetWriter;
import org.seizureforecast.tools.sim.Montage;
import org.seizureforecast.tools.sim.SimulationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes synthetic patients as a BIDS dataset, or with {@code --emg-set} the semi-real EMG training set. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Write synthetic EEG patients as a BIDS-style dataset: EDF+ runs, SzCORE *_events.tsv,"
                    + " participants.tsv, and ground truth (artifacts, preictal periods, sleep stages) under"
                    + " derivatives/ground-truth. Same seed, same bytes. See docs/simulator.md.",
            "Example, a 24 h patient with 6 seizures: simulate out --patients 1 --hours 24 --seizures 6"
        })
public class SimulateCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "<out-dir>",
            description = "Output folder (created; must be empty if it exists).")
    Path out;

    @Option(
            names = "--patients",
            defaultValue = "1",
            description = "Number of patients (1-99). Default: ${DEFAULT-VALUE}.")
    int patients;

    @Option(names = "--hours", defaultValue = "1", description = "Hours of EEG per patient. Default: ${DEFAULT-VALUE}.")
    double hours;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--seizures",
            defaultValue = "-1",
            description = "Exact seizure count per patient; -1 (default) draws it from each patient's rate (1-8/day).")
    int seizures;

    @Option(
            names = "--preictal-strength",
            description = "Fix every patient's preictal strength (0 = no preictal"
                    + " signature, 1 = strongest); default: drawn (30%% of patients have none).")
    Double preictalStrength;

    @Option(
            names = "--run-hours",
            defaultValue = "1",
            description = "Length of one EDF file (run). Default: ${DEFAULT-VALUE}.")
    double runHours;

    @Option(
            names = "--montage",
            defaultValue = "bipolar",
            description =
                    "EDF channels: bipolar (18 double banana, CHB-MIT), average (19 x-Avg, SzCORE) or both. Default: ${DEFAULT-VALUE}.")
    Montage montage;

    @Option(
            names = "--threads",
            description = "Patients simulated in parallel (output is the same). Default: CPU cores.")
    Integer threads;

    @Option(
            names = "--emg-set",
            description = "Instead of patients, write the semi-real EMG denoising set"
                    + " (Bonn EEG + simulated EMG, EEGdenoiseNet protocol) as .npy files into <out-dir>.")
    boolean emgSet;

    @Option(
            names = "--bonn",
            defaultValue = "../shared/data/bonn-andrzejak2001",
            description = "Bonn data folder for --emg-set (with csv/). Default: ${DEFAULT-VALUE}.")
    Path bonn;

    @Option(
            names = "--emg-train-repeats",
            defaultValue = "4",
            description = "Training pairs per clean epoch for --emg-set. Default: ${DEFAULT-VALUE}.")
    int trainRepeats;

    @Override
    public Integer call() throws IOException {
        requireEmptyOrAbsent(out);
        if (emgSet) {
            return writeEmgSet();
        }
        SimulationOptions options;
        try {
            options = new SimulationOptions(
                    patients,
                    hours,
                    seed,
                    runHours,
                    montage,
                    seizures,
                    preictalStrength == null ? Double.NaN : preictalStrength,
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("simulate: " + e.getMessage());
        }
        DatasetSimulator simulator = new DatasetSimulator(options);
        try (Progress progress = new Progress("simulate", simulator.totalSeconds())) {
            long[] done = {0};
            simulator.write(out, seconds -> {
                synchronized (done) {
                    done[0] += seconds;
                    progress.update(done[0]);
                }
            });
        }
        return 0;
    }

    private int writeEmgSet() throws IOException {
        for (String set : new String[] {"setA_Z_healthy_eyes_open.csv", "setD_F_interictal_epileptogenic_zone.csv"}) {
            if (!Files.isRegularFile(bonn.resolve("csv").resolve(set))) {
                throw new BadInputException(bonn.resolve("csv").resolve(set) + ": not found (use --bonn <dir>)");
            }
        }
        if (trainRepeats < 1) {
            throw new BadInputException("simulate: --emg-train-repeats must be >= 1, was " + trainRepeats);
        }
        try (Progress progress = new Progress("emg-set", 200)) {
            long[] done = {0};
            new EmgDatasetWriter(bonn, seed, trainRepeats).write(out, n -> progress.update(done[0] += n));
        }
        return 0;
    }

    private static void requireEmptyOrAbsent(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new BadInputException(dir + ": exists and is not a folder");
            }
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(dir + ": exists and is not empty (simulate never overwrites)");
                }
            }
        }
    }
}
