package org.seizureforecast.tools.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact ground truth names artifacts that are in the signal, on the channels it lists:
 * a daytime patient with raised artifact rates, 20 minutes, each kind checked against the EDF.
 */
class ArtifactGroundTruthTest {
    @TempDir
    static Path dir;

    static float[][] x;
    static List<String> channels;
    static Map<String, List<String[]>> rows = new HashMap<>();

    @BeforeAll
    static void simulate() throws Exception {
        PatientParameters drawn = PatientParameters.draw("01", new SplittableRandom(9), 0.0);
        PatientParameters p = with(
                drawn,
                Map.of(
                        "popsPerHour",
                        60.0,
                        "disconnectionsPerDay",
                        200.0,
                        "flatChannelsPerDay",
                        200.0,
                        "emgBurstsPerHour",
                        120.0,
                        "lineUv",
                        5.0,
                        "eyesClosedFraction",
                        0.05));
        SimulationOptions o = new SimulationOptions(1, 1.0 / 3, 1, 1, Montage.BIPOLAR, 0, 0.0, 1);
        PatientPlan plan = PatientPlan.build(p, LocalDateTime.of(2076, 3, 1, 10, 0), o, new SplittableRandom(3));
        BidsLayout layout = new BidsLayout(dir);
        new PatientSimulator(plan, o, new SplittableRandom(4)).write(layout, "sub-01", n -> {});
        x = Realism.read(layout.edf("sub-01", 0));
        channels =
                Montage.BIPOLAR.channels().stream().map(Montage.Channel::label).toList();
        List<String> lines = Files.readAllLines(layout.truth("sub-01", 0, "artifacts"));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            rows.computeIfAbsent(c[2], k -> new ArrayList<>()).add(c);
        }
    }

    @Test
    void listsEveryKindOfArtifact() {
        assertThat(rows)
                .containsKeys("blink", "eye_movement", "emg", "electrode_pop", "disconnected", "flat", "line_noise");
        assertThat(rows.get("line_noise"))
                .singleElement()
                .satisfies(r -> assertThat(r[3]).isEqualTo("all"));
    }

    @Test
    void blinksAndEyeMovementsShowOnTheFrontalChannelsTheyList() {
        for (String kind : List.of("blink", "eye_movement")) {
            String channel = kind.equals("blink") ? "FP1-F7" : "F7-T7";
            int c = channels.indexOf(channel);
            double typical = medianStep(x[c]);
            double inside = 0;
            int n = 0;
            for (String[] r : rows.get(kind)) {
                assertThat(r[3]).as(kind + " channels").contains(channel).doesNotContain("P7-O1");
                if (!disturbed(r, channel)) {
                    inside += step(x[c], r);
                    n++;
                }
            }
            assertThat(n).isPositive();
            assertThat(inside / n / typical)
                    .as(kind + ": " + channel + " shift from the quarter second before, vs a typical second's")
                    .isGreaterThan(1.3);
        }
    }

    @Test
    void emgBurstsAddHighFrequencyPowerOnTheirChannels() {
        double inside = 0;
        double outside = 0;
        for (String[] r : rows.get("emg")) {
            int c = channels.indexOf(r[3].split(",")[0]);
            if (disturbed(r, r[3].split(",")[0]) || disturbed(shifted(r, -20), r[3].split(",")[0])) {
                continue;
            }
            inside += highFrequencyPower(x[c], r);
            outside += highFrequencyPower(x[c], shifted(r, -20));
        }
        assertThat(inside / outside)
                .as("first-difference power in EMG bursts vs 20 s earlier")
                .isGreaterThan(2);
    }

    @Test
    void popsFlatChannelsAndDisconnectionsAreWhereTheRowsSay() {
        for (String[] r : rows.get("electrode_pop")) {
            int c = channels.indexOf(r[3].split(",")[0]);
            if (disturbed(r, r[3].split(",")[0]) || overlaps(r, "emg", r[3].split(",")[0])) {
                continue;
            }
            int at = (int) Math.round(Double.parseDouble(r[0]) * 256);
            assertThat((double) Math.abs(x[c][at + 1] - x[c][at - 2]))
                    .as("step at pop %s", String.join(" ", r))
                    .isGreaterThan(0.5 * Double.parseDouble(r[4]));
        }
        for (String[] r : rows.get("flat")) {
            int c = channels.indexOf(r[3]);
            int from = (int) Math.ceil(Double.parseDouble(r[0]) * 256) + 1;
            int to = (int) ((Double.parseDouble(r[0]) + Double.parseDouble(r[1])) * 256) - 1;
            for (int i = from; i < Math.min(to, x[c].length); i++) {
                assertThat(x[c][i]).as("flat line on %s", r[3]).isEqualTo(x[c][from]);
            }
        }
        for (String[] r : rows.get("disconnected")) {
            int c = channels.indexOf(r[3].split(",")[0]);
            assertThat(meanAbs(x[c], r)).as("disconnected electrode").isGreaterThan(60);
        }
    }

    /** Whether a flat channel or a disconnected electrode hides this row on {@code channel}. */
    private static boolean disturbed(String[] r, String channel) {
        return overlaps(r, "flat", channel) || overlaps(r, "disconnected", channel);
    }

    private static boolean overlaps(String[] r, String kind, String channel) {
        double from = Double.parseDouble(r[0]);
        double to = from + Double.parseDouble(r[1]);
        for (String[] d : rows.get(kind)) {
            double a = Double.parseDouble(d[0]);
            if (List.of(d[3].split(",")).contains(channel) && a < to + 1 && a + Double.parseDouble(d[1]) > from - 1) {
                return true;
            }
        }
        return false;
    }

    /** |mean over the row's span - mean over the 0.25 s before it|: how far the trace moved. */
    private static double step(float[] x, String[] r) {
        int from = (int) (Double.parseDouble(r[0]) * 256);
        int to = Math.min(x.length, from + Math.max(1, (int) (Double.parseDouble(r[1]) * 256)));
        return Math.abs(mean(x, from, to) - mean(x, Math.max(0, from - 64), from));
    }

    private static double medianStep(float[] x) {
        double[] v = new double[x.length / 256 - 1];
        for (int s = 1; s <= v.length; s++) {
            v[s - 1] = step(x, new String[] {Integer.toString(s), "1"});
        }
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double mean(float[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / Math.max(1, to - from);
    }

    private static String[] shifted(String[] r, double seconds) {
        String[] s = r.clone();
        s[0] = Double.toString(Math.max(0, Double.parseDouble(r[0]) + seconds));
        return s;
    }

    private static double meanAbs(float[] x, String[] r) {
        int from = (int) (Double.parseDouble(r[0]) * 256);
        int to = Math.min(x.length, from + Math.max(1, (int) (Double.parseDouble(r[1]) * 256)));
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i] / (double) (to - from);
        }
        double s = 0;
        for (int i = from; i < to; i++) {
            s += Math.abs(x[i] - mean);
        }
        return s / (to - from);
    }

    /** Power of the first difference: dominated by what is above ~40 Hz. */
    private static double highFrequencyPower(float[] x, String[] r) {
        int from = (int) (Double.parseDouble(r[0]) * 256) + 1;
        int to = Math.min(x.length, from + Math.max(2, (int) (Double.parseDouble(r[1]) * 256)));
        double s = 0;
        for (int i = from; i < to; i++) {
            double d = x[i] - x[i - 1];
            s += d * d;
        }
        return s / (to - from);
    }

    /** A copy of {@code p} with some components replaced (records have no withers). */
    static PatientParameters with(PatientParameters p, Map<String, Object> changes) throws Exception {
        RecordComponent[] components = PatientParameters.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = changes.containsKey(components[i].getName())
                    ? changes.get(components[i].getName())
                    : components[i].getAccessor().invoke(p);
        }
        return PatientParameters.class.getDeclaredConstructor(types).newInstance(values);
    }
}
