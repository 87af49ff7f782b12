package org.seizureforecast.adapter.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seizureforecast.core.signal.ChannelFilter;
import uk.me.berndporr.iirj.Butterworth;

/**
 * iirj's Butterworth designs, run by {@link SosCascade}, against SciPy's {@code butter(...,
 * output='sos')} + {@code sosfilt} (vectors made by {@code scipy/make_filter_vectors.py}).
 *
 * <p>Tolerance 1e-5 µV on signals of up to about 200 µV: our output is rounded to float32 (half
 * an ulp is 4e-6 µV between 64 and 128 µV) and the CSV keeps 9 significant digits. The worst
 * difference seen is 3.4e-6 µV, so the two designs agree to rounding: iirj transforms the
 * prototype digitally, SciPy through the analogue band-pass and the bilinear transform, and both
 * give the same filter.
 */
class IirjFilterBankTest {
    private static final double TOLERANCE_UV = 1e-5;
    private static final double FS = 256;
    private static double[][] columns;
    private static List<String> names;

    @BeforeAll
    static void readVectors() throws IOException {
        var stream = IirjFilterBankTest.class.getResourceAsStream("/scipy/filter_vectors_256hz.csv");
        try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().filter(l -> !l.startsWith("#")).toList();
            names = Arrays.asList(lines.get(0).split(","));
            columns = new double[names.size()][lines.size() - 1];
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                for (int c = 0; c < cells.length; c++) {
                    columns[c][r - 1] = Double.parseDouble(cells[c]);
                }
            }
        }
    }

    @Test
    void bandPassMatchesScipy() {
        FilterSpec spec = FilterSpec.DEFAULT.withoutNotch();
        assertMatches(run(new IirjFilterBank(spec).newChannelFilter(FS), null), "bandpass");
    }

    @Test
    void bandPassWith60HzNotchMatchesScipy() {
        assertMatches(run(new IirjFilterBank(FilterSpec.DEFAULT).newChannelFilter(FS), null), "bp_notch60");
    }

    @Test
    void bandPassWith50HzNotchMatchesScipy() {
        FilterSpec spec = new FilterSpec(0.5, 45, 4, 50, 4, 2);
        assertMatches(run(new IirjFilterBank(spec).newChannelFilter(FS), null), "bp_notch50");
    }

    @Test
    void resetSettlesLikeScipySosfiltZi() {
        float first = (float) column("x")[0];
        assertMatches(run(new IirjFilterBank(FilterSpec.DEFAULT).newChannelFilter(FS), first), "settled60");
    }

    @Test
    void settledFilterPassesAConstantWithoutTransient() {
        ChannelFilter filter = new IirjFilterBank(FilterSpec.DEFAULT).newChannelFilter(FS);
        filter.reset(-350f);
        float[] constant = new float[2560];
        Arrays.fill(constant, -350f);
        filter.process(constant, 0, constant.length);
        for (float y : constant) {
            assertThat(Math.abs(y)).isLessThan(1e-6f);
        }
    }

    @Test
    void sectionsRunTheSameFilterAsIirjItself() {
        Butterworth reference = new Butterworth();
        reference.bandPass(4, FS, 22.75, 44.5);
        ChannelFilter ours = new IirjFilterBank(FilterSpec.DEFAULT.withoutNotch()).newChannelFilter(FS);
        double[] x = column("x");
        float[] y = toFloats(x);
        ours.process(y, 0, y.length);
        for (int i = 0; i < x.length; i++) {
            assertThat((double) y[i]).isCloseTo(reference.filter(x[i]), Offset.offset(1e-4));
        }
    }

    @Test
    void chunkedFilteringEqualsOnePiece() {
        IirjFilterBank bank = new IirjFilterBank(FilterSpec.DEFAULT);
        float[] whole = toFloats(column("x"));
        float[] pieces = whole.clone();
        bank.newChannelFilter(FS).process(whole, 0, whole.length);
        ChannelFilter chunked = bank.newChannelFilter(FS);
        int[] cuts = {0, 1, 64, 65, 200, 333, whole.length};
        for (int i = 0; i + 1 < cuts.length; i++) {
            chunked.process(pieces, cuts[i], cuts[i + 1] - cuts[i]);
        }
        assertThat(pieces).containsExactly(whole);
    }

    @Test
    void sectionsAreInScipyLayout() {
        double[][] sos = new IirjFilterBank(FilterSpec.DEFAULT).sections(FS);
        assertThat(sos).hasNumberOfRows(4 + 2);
        for (double[] row : sos) {
            assertThat(row).hasSize(6);
            assertThat(row[3]).isEqualTo(1.0);
        }
    }

    @Test
    void refusesABandAboveNyquist() {
        IirjFilterBank bank = new IirjFilterBank(new FilterSpec(0.5, 45, 4, 60, 4, 2));
        assertThatThrownBy(() -> bank.newChannelFilter(100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nyquist");
    }

    @Test
    void refusesInvertedBandEdges() {
        assertThatThrownBy(() -> new FilterSpec(45, 0.5, 4, 60, 4, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < low < high");
    }

    private static float[] run(ChannelFilter filter, Float settleOn) {
        if (settleOn != null) {
            filter.reset(settleOn);
        }
        float[] y = toFloats(column("x"));
        filter.process(y, 0, y.length);
        return y;
    }

    private static void assertMatches(float[] actual, String expectedColumn) {
        double[] expected = column(expectedColumn);
        double worst = 0;
        List<Integer> bad = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(actual[i] - expected[i]);
            worst = Math.max(worst, error);
            if (error > TOLERANCE_UV) {
                bad.add(i);
            }
        }
        assertThat(bad)
                .as("samples off by more than %s µV (worst %s) vs %s", TOLERANCE_UV, worst, expectedColumn)
                .isEmpty();
    }

    private static double[] column(String name) {
        return columns[names.indexOf(name)];
    }

    private static float[] toFloats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }
}
