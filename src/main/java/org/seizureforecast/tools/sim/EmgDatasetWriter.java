package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.seizureforecast.core.signal.Resampler;
import org.seizureforecast.tools.npy.NpyFile;

/**
 * The semi-real EMG set for training the artifact remover: clean real EEG epochs (Bonn sets A
 * and D, resampled from 173.61 to 256 Hz, cut into 2-s epochs of 512 samples) mixed with
 * simulated scalp EMG ({@link EmgNoise}) by the EEGdenoiseNet protocol (Zhang et al. 2021,
 * models.md §2.1): noise scaled so that RMS(eeg) / RMS(k·emg) = 10^(SNR/10); training SNR
 * uniform in [-7, 2] dB with every clean epoch used {@code trainRepeats} times with fresh EMG;
 * validation and test at each of the 10 levels -7, -6, ..., 2 dB; both noisy and clean epochs
 * divided by the noisy epoch's standard deviation, which is stored.
 *
 * <p>Unlike EEGdenoiseNet the split (80/10/10) is by Bonn segment, not by epoch, so epochs cut
 * from one segment never land in two splits.
 */
public final class EmgDatasetWriter {
    static final int EPOCH = 512;
    static final double BONN_RATE = 173.61;
    static final String[] SETS = {"setA_Z_healthy_eyes_open.csv", "setD_F_interictal_epileptogenic_zone.csv"};

    private final Path bonnDir;
    private final long seed;
    private final int trainRepeats;

    public EmgDatasetWriter(Path bonnDir, long seed, int trainRepeats) {
        if (trainRepeats < 1) {
            throw new IllegalArgumentException("train repeats must be >= 1, was " + trainRepeats);
        }
        this.bonnDir = bonnDir;
        this.seed = seed;
        this.trainRepeats = trainRepeats;
    }

    /** Writes {@code {train,val,test}_{noisy,clean,snr_db,std}.npy} and a README into {@code out}. */
    public void write(Path out, LongConsumer progress) throws IOException {
        List<List<float[]>> segments = new ArrayList<>();
        for (String set : SETS) {
            for (float[] segment : BonnCsv.read(bonnDir.resolve("csv").resolve(set))) {
                segments.add(epochs(resample(segment, BONN_RATE, SimulationOptions.SAMPLE_RATE)));
                progress.accept(1);
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        int[] order = shuffled(segments.size(), r.split());
        int trainEnd = segments.size() * 8 / 10;
        int valEnd = segments.size() * 9 / 10;
        Files.createDirectories(out);
        int[] counts = new int[3];
        String[] names = {"train", "val", "test"};
        for (int split = 0; split < 3; split++) {
            int from = split == 0 ? 0 : split == 1 ? trainEnd : valEnd;
            int to = split == 0 ? trainEnd : split == 1 ? valEnd : segments.size();
            List<float[]> clean = new ArrayList<>();
            for (int i = from; i < to; i++) {
                clean.addAll(segments.get(order[i]));
            }
            counts[split] = writeSplit(out, names[split], clean, split == 0, r.split());
        }
        Files.writeString(out.resolve("README.md"), readme(counts), StandardCharsets.UTF_8);
    }

    private int writeSplit(Path out, String name, List<float[]> clean, boolean train, SplittableRandom r)
            throws IOException {
        List<float[]> noisyRows = new ArrayList<>();
        List<float[]> cleanRows = new ArrayList<>();
        List<Float> snrs = new ArrayList<>();
        List<Float> stds = new ArrayList<>();
        for (float[] eeg : clean) {
            int pairs = train ? trainRepeats : 10;
            for (int k = 0; k < pairs; k++) {
                double snr = train ? r.nextDouble(-7, 2) : -7 + k;
                float[][] pair = mix(eeg, emgEpoch(r.nextLong()), snr);
                noisyRows.add(pair[0]);
                cleanRows.add(pair[1]);
                snrs.add((float) snr);
                stds.add(pair[2][0]);
            }
        }
        writeRows(out.resolve(name + "_noisy.npy"), noisyRows);
        writeRows(out.resolve(name + "_clean.npy"), cleanRows);
        writeScalars(out.resolve(name + "_snr_db.npy"), snrs);
        writeScalars(out.resolve(name + "_std.npy"), stds);
        return noisyRows.size();
    }

    private static void writeRows(Path file, List<float[]> rows) throws IOException {
        try (NpyFile npy = NpyFile.create(file, NpyFile.Dtype.F4, EPOCH)) {
            for (float[] row : rows) {
                npy.append(row, 0);
            }
        }
    }

    private static void writeScalars(Path file, List<Float> values) throws IOException {
        try (NpyFile npy = NpyFile.create(file, NpyFile.Dtype.F4)) {
            for (float v : values) {
                npy.append(v);
            }
        }
    }

    /** The whole signal through the service's streaming resampler, edges held, tail flushed. */
    static float[] resample(float[] x, double fsIn, double fsOut) {
        Resampler r = Resampler.create(fsIn, fsOut, 1);
        r.reset(new float[] {x[0]});
        float[] padded = Arrays.copyOf(x, x.length + r.lookaheadSamples() + 1);
        Arrays.fill(padded, x.length, padded.length, x[x.length - 1]);
        int produced = r.process(new float[][] {padded}, padded.length);
        int wanted = (int) Math.floor((x.length - 1) * fsOut / fsIn) + 1;
        return Arrays.copyOf(r.output()[0], Math.min(produced, wanted));
    }

    /** {noisy / std, clean / std, {std}} for one pair at {@code snrDb}. */
    static float[][] mix(float[] eeg, float[] emg, double snrDb) {
        double k = rms(eeg) / (rms(emg) * StrictMath.pow(10, snrDb / 10));
        double[] noisy = new double[EPOCH];
        double mean = 0;
        for (int i = 0; i < EPOCH; i++) {
            noisy[i] = eeg[i] + k * emg[i];
            mean += noisy[i] / EPOCH;
        }
        double var = 0;
        for (double v : noisy) {
            var += (v - mean) * (v - mean) / EPOCH;
        }
        double std = Math.sqrt(var);
        float[] noisyOut = new float[EPOCH];
        float[] cleanOut = new float[EPOCH];
        for (int i = 0; i < EPOCH; i++) {
            noisyOut[i] = (float) (noisy[i] / std);
            cleanOut[i] = (float) (eeg[i] / std);
        }
        return new float[][] {noisyOut, cleanOut, {(float) std}};
    }

    static float[] emgEpoch(long seed) {
        EmgNoise noise = new EmgNoise(new SplittableRandom(seed), SimulationOptions.SAMPLE_RATE);
        for (int i = 0; i < 256; i++) {
            noise.next(); // let the filters settle
        }
        float[] out = new float[EPOCH];
        for (int i = 0; i < EPOCH; i++) {
            out[i] = (float) noise.next();
        }
        return out;
    }

    private static List<float[]> epochs(float[] x) {
        List<float[]> out = new ArrayList<>();
        for (int from = 0; from + EPOCH <= x.length; from += EPOCH) {
            out.add(Arrays.copyOfRange(x, from, from + EPOCH));
        }
        return out;
    }

    static double rms(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return Math.sqrt(s / x.length);
    }

    private static int[] shuffled(int n, SplittableRandom r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private String readme(int[] counts) {
        return String.format(Locale.ROOT, """
                # Semi-real EMG denoising set (EEGdenoiseNet protocol)

                Clean EEG: Bonn sets A (scalp, healthy, eyes open) and D (intracranial, interictal),
                Andrzejak et al. 2001 (Phys. Rev. E 64:061907), resampled 173.61 -> 256 Hz (windowed sinc),
                cut into 2-s epochs (512 samples). Internal use only (no formal licence; cite the paper).
                Noise: simulated scalp EMG (white noise high-passed twice at 20 Hz, fluctuating amplitude).
                Mixing (Zhang et al. 2021, EEGdenoiseNet): RMS(eeg)/RMS(k*emg) = 10^(SNR/10); both epochs
                divided by the noisy epoch's std (stored in *_std.npy; SNR in *_snr_db.npy).
                Train: SNR uniform in [-7, 2] dB, each clean epoch %d times. Val/test: every clean epoch at
                each of -7..2 dB. Split 80/10/10 by Bonn segment (seed %d).

                | split | pairs |
                |---|---|
                | train | %d |
                | val | %d |
                | test | %d |

                Files: {train,val,test}_{noisy,clean}.npy (float32, N x 512), *_snr_db.npy and *_std.npy (float32, N).
                """, trainRepeats, seed, counts[0], counts[1], counts[2]);
    }
}
