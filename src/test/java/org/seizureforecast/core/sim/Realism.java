package org.seizureforecast.core.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.seizureforecast.core.edf.EdfReader;
import org.seizureforecast.core.edf.EdfRecording;

/**
 * Realism features of real CHB-MIT excerpts and of simulated patients, side by side. The real
 * windows: background = chb01_03 0–41 s; seizures = the ictal parts of the other four excerpts
 * (chb01_03 2996–3036, chb01_04 1470–1480, chb01_15 1732–1740, chb01_16 1015–1020). The
 * simulated ones: the first 41-s awake window of each of {@code PATIENTS} seizure-free patients,
 * and every seizure of {@code PATIENTS} patients with two seizures each.
 *
 * <pre>java -cp target/classes:target/test-classes org.seizureforecast.core.sim.Realism ../shared/data [seed]</pre>
 * prints the markdown table of docs/simulator.md.
 */
final class Realism {
    static final int PATIENTS = 8;
    static final int CHANNELS = 18;
    static final String[][] REAL_SEIZURES = {
        {"chb01_03_2995-3036s.edf", "1", "41"}, {"chb01_04_1470-1480s.edf", "0", "10"},
        {"chb01_15_1730-1740s.edf", "2", "10"}, {"chb01_16_1010-1020s.edf", "5", "10"},
    };

    /** Features per window (weights = seconds). */
    record Windows(List<EegFeatures> features, List<Double> seconds) {
        EegFeatures mean() {
            return EegFeatures.mean(features, seconds);
        }
    }

    private Realism() {}

    static Windows realBackground(Path edfDir) throws IOException {
        float[][] x = read(edfDir.resolve("chb01_03_0000-0041s.edf"));
        return new Windows(List.of(EegFeatures.of(x, 0, 41 * 256)), List.of(41.0));
    }

    static Windows realSeizures(Path edfDir) throws IOException {
        List<EegFeatures> f = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (String[] s : REAL_SEIZURES) {
            float[][] x = read(edfDir.resolve(s[0]));
            int from = Integer.parseInt(s[1]) * 256;
            int to = Integer.parseInt(s[2]) * 256;
            f.add(EegFeatures.of(x, from, to - from));
            w.add((to - from) / 256.0);
        }
        return new Windows(f, w);
    }

    static Windows simulatedBackground(Path dir, long seed) throws IOException {
        Path root = dir.resolve("background");
        simulate(root, new SimulationOptions(PATIENTS, 0.25, seed, 1, Montage.BIPOLAR, 0, Double.NaN, 2));
        List<EegFeatures> f = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        for (int p = 1; p <= PATIENTS; p++) {
            String sub = BidsLayout.subject(p);
            BidsLayout layout = new BidsLayout(root);
            float[][] x = read(layout.edf(sub, 0));
            int start = firstAwakeWindow(layout.truth(sub, 0, "hypnogram"), 41);
            if (start >= 0) {
                f.add(EegFeatures.of(x, start * 256, 41 * 256));
                w.add(41.0);
            }
        }
        return new Windows(f, w);
    }

    static Windows simulatedSeizures(Path dir, long seed) throws IOException {
        Path root = dir.resolve("seizures");
        simulate(root, new SimulationOptions(PATIENTS, 0.4, seed, 1, Montage.BIPOLAR, 2, Double.NaN, 2));
        List<EegFeatures> f = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        BidsLayout layout = new BidsLayout(root);
        for (int p = 1; p <= PATIENTS; p++) {
            String sub = BidsLayout.subject(p);
            float[][] x = read(layout.edf(sub, 0));
            for (String line : Files.readAllLines(layout.events(sub, 0)).subList(1, 0 + Files.readAllLines(layout.events(sub, 0)).size())) {
                String[] c = line.split("\t");
                if (!c[2].equals("bckg")) {
                    int from = (int) Math.ceil(Double.parseDouble(c[0]) * 256);
                    int length = (int) (Double.parseDouble(c[1]) * 256);
                    f.add(EegFeatures.of(x, from, length));
                    w.add(length / 256.0);
                }
            }
        }
        return new Windows(f, w);
    }

    private static void simulate(Path root, SimulationOptions o) throws IOException {
        new DatasetSimulator(o).write(root, new AtomicLong()::addAndGet);
    }

    private static int firstAwakeWindow(Path hypnogram, int seconds) throws IOException {
        for (String line : Files.readAllLines(hypnogram).subList(1, Files.readAllLines(hypnogram).size())) {
            String[] c = line.split("\t");
            if (c[2].equals("W") && Integer.parseInt(c[1]) >= seconds + 4) {
                return Integer.parseInt(c[0]) + 2;
            }
        }
        return -1;
    }

    static float[][] read(Path edf) throws IOException {
        try (EdfReader reader = EdfReader.open(edf)) {
            EdfRecording rec = reader.readAll();
            float[][] x = new float[CHANNELS][];
            System.arraycopy(rec.samples(), 0, x, 0, CHANNELS);
            return x;
        }
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("chbmit-excerpts/edf");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        Path tmp = Files.createTempDirectory("realism");
        Windows rb = realBackground(data);
        Windows rs = realSeizures(data);
        Windows sb = simulatedBackground(tmp, seed);
        Windows ss = simulatedSeizures(tmp, seed);
        System.out.println("real bg  " + rb.mean());
        System.out.println("sim  bg  " + sb.mean() + "  (" + sb.features().size() + " windows)");
        sb.features().forEach(f -> System.out.println("         " + f));
        System.out.println("real sz  " + rs.mean());
        System.out.println("sim  sz  " + ss.mean() + "  (" + ss.features().size() + " seizures)");
        ss.features().forEach(f -> System.out.println("         " + f));
        System.out.printf(Locale.ROOT, "LL ratio seizure/background: real %.2f sim %.2f%n",
                rs.mean().lineLength() / rb.mean().lineLength(), ss.mean().lineLength() / sb.mean().lineLength());
    }
}
