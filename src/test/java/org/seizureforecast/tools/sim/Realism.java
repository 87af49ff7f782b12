package org.seizureforecast.tools.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.seizureforecast.tools.edf.EdfReader;
import org.seizureforecast.tools.edf.EdfRecording;

/**
 * Realism features of real CHB-MIT excerpts and of simulated patients, side by side. The real
 * windows: background = chb01_03 0–41 s; seizures = the ictal parts of the other four excerpts
 * (chb01_03 2996–3036, chb01_04 1470–1480, chb01_15 1732–1740, chb01_16 1015–1020). The
 * simulated ones: the first 41-s awake window of each of {@code PATIENTS} seizure-free patients,
 * and every seizure of {@code PATIENTS} patients with two seizures each.
 *
 * <pre>java -cp target/classes:target/test-classes org.seizureforecast.tools.sim.Realism ../shared/data [seed]</pre>
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
            for (SzcoreFormat.Event e : SzcoreFormat.readStrict(layout.events(sub, 0))) {
                if (e.seizure()) {
                    int from = (int) Math.ceil(e.onset() * 256);
                    int length = (int) (e.duration() * 256);
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
        List<String> lines = Files.readAllLines(hypnogram);
        for (String line : lines.subList(1, lines.size())) {
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

    /** One line of the realism table. */
    record Row(String what, String metric, double real, double simulated, String tolerance, boolean met) {
        String markdown() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s |",
                    what,
                    metric,
                    format(real),
                    format(simulated),
                    tolerance,
                    met ? "yes" : "**no**");
        }

        private static String format(double v) {
            return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
        }
    }

    /**
     * The table: each feature of simulated vs real background and seizures, with its tolerance:
     * band power ratios within 0.10 (absolute), line length and RMS within a factor 0.75–1.33,
     * excess kurtosis within 1.25, mean |r| within 0.10, and the seizure/background contrast of
     * line length and RMS within a factor 0.67–1.5 of the real one.
     */
    static List<Row> table(Path edfDir, Path tmp, long seed) throws IOException {
        EegFeatures rb = realBackground(edfDir).mean();
        EegFeatures rs = realSeizures(edfDir).mean();
        EegFeatures sb = simulatedBackground(tmp, seed).mean();
        EegFeatures ss = simulatedSeizures(tmp, seed).mean();
        List<Row> rows = new ArrayList<>();
        compare(rows, "background", rb, sb);
        compare(rows, "seizure", rs, ss);
        rows.add(ratio(
                "seizure / background",
                "line length ratio",
                rs.lineLength() / rb.lineLength(),
                ss.lineLength() / sb.lineLength(),
                0.67,
                1.5));
        rows.add(ratio("seizure / background", "RMS ratio", rs.rms() / rb.rms(), ss.rms() / sb.rms(), 0.67, 1.5));
        return rows;
    }

    private static void compare(List<Row> rows, String what, EegFeatures real, EegFeatures sim) {
        double[] r = real.values();
        double[] s = sim.values();
        for (int k = 0; k < 4; k++) {
            rows.add(absolute(what, EegFeatures.NAMES[k], r[k], s[k], 0.10));
        }
        rows.add(ratio(what, EegFeatures.NAMES[4], r[4], s[4], 0.75, 1.33));
        rows.add(ratio(what, EegFeatures.NAMES[5], r[5], s[5], 0.75, 1.33));
        rows.add(absolute(what, EegFeatures.NAMES[6], r[6], s[6], 1.25));
        rows.add(absolute(what, EegFeatures.NAMES[7], r[7], s[7], 0.10));
    }

    private static Row absolute(String what, String metric, double real, double sim, double limit) {
        return new Row(
                what, metric, real, sim, String.format(Locale.ROOT, "±%.2f", limit), Math.abs(sim - real) <= limit);
    }

    private static Row ratio(String what, String metric, double real, double sim, double low, double high) {
        double q = sim / real;
        return new Row(
                what, metric, real, sim, String.format(Locale.ROOT, "×%.2f–%.2f", low, high), q >= low && q <= high);
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data").resolve("chbmit-excerpts/edf");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : RealismTest.SEED;
        Path tmp = Files.createTempDirectory("realism");
        System.out.println("| segment | feature | real (CHB-MIT chb01) | simulated (mean of " + PATIENTS
                + " patients) | tolerance | met |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : table(data, tmp, seed)) {
            System.out.println(row.markdown());
        }
    }
}
