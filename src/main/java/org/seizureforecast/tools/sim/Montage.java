package org.seizureforecast.tools.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the simulated electrode potentials become EDF channels. {@link #BIPOLAR} is the 18-channel
 * longitudinal "double banana" of CHB-MIT (its first 18 channels, same labels and order), the
 * montage our models use; {@link #AVERAGE} is the 19 electrodes against their average, labelled
 * and ordered as SzCORE's challenge input ({@code Fp1-Avg ... T6-Avg}); {@link #BOTH} writes the
 * bipolar channels followed by the average ones.
 */
public enum Montage {
    BIPOLAR,
    AVERAGE,
    BOTH;

    /** A channel: {@code plus - minus}, where {@code minus == null} means the common average. */
    public record Channel(String label, Electrode plus, Electrode minus) {}

    private static final Electrode[][] DOUBLE_BANANA = {
        {Electrode.FP1, Electrode.F7},
        {Electrode.F7, Electrode.T7},
        {Electrode.T7, Electrode.P7},
        {Electrode.P7, Electrode.O1},
        {Electrode.FP1, Electrode.F3},
        {Electrode.F3, Electrode.C3},
        {Electrode.C3, Electrode.P3},
        {Electrode.P3, Electrode.O1},
        {Electrode.FP2, Electrode.F4},
        {Electrode.F4, Electrode.C4},
        {Electrode.C4, Electrode.P4},
        {Electrode.P4, Electrode.O2},
        {Electrode.FP2, Electrode.F8},
        {Electrode.F8, Electrode.T8},
        {Electrode.T8, Electrode.P8},
        {Electrode.P8, Electrode.O2},
        {Electrode.FZ, Electrode.CZ},
        {Electrode.CZ, Electrode.PZ},
    };

    private static final Electrode[] SZCORE_ORDER = {
        Electrode.FP1, Electrode.F3, Electrode.C3, Electrode.P3, Electrode.O1, Electrode.F7, Electrode.T7,
        Electrode.P7, Electrode.FZ, Electrode.CZ, Electrode.PZ, Electrode.FP2, Electrode.F4, Electrode.C4,
        Electrode.P4, Electrode.O2, Electrode.F8, Electrode.T8, Electrode.P8,
    };

    @SuppressWarnings("ImmutableEnumChecker") // a cache built once from constants; racing builds are equal
    private List<Channel> channels;

    /** The channels in EDF order. */
    public List<Channel> channels() {
        if (channels == null) {
            channels = List.copyOf(build());
        }
        return channels;
    }

    private List<Channel> build() {
        List<Channel> out = new ArrayList<>();
        if (this != AVERAGE) {
            for (Electrode[] pair : DOUBLE_BANANA) {
                out.add(new Channel(
                        pair[0].label().toUpperCase(Locale.ROOT) + "-"
                                + pair[1].label().toUpperCase(Locale.ROOT),
                        pair[0],
                        pair[1]));
            }
        }
        if (this != BIPOLAR) {
            for (Electrode e : SZCORE_ORDER) {
                out.add(new Channel(e.oldLabel() + "-Avg", e, null));
            }
        }
        return out;
    }

    /** Labels of the channels that carry electrode {@code e} (for ground-truth rows). */
    public List<String> channelsWith(Electrode e) {
        List<String> labels = new ArrayList<>();
        for (Channel c : channels()) {
            if (c.plus() == e || c.minus() == e) {
                labels.add(c.label());
            }
        }
        return labels;
    }

    /**
     * Derives the channels from electrode potentials: {@code out[c][i]} from {@code sources[e][i]},
     * i in 0..n.
     */
    public void derive(double[][] sources, int n, float[][] out) {
        List<Channel> channels = channels();
        double[] average = null;
        if (this != BIPOLAR) {
            average = new double[n];
            for (double[] s : sources) {
                for (int i = 0; i < n; i++) {
                    average[i] += s[i];
                }
            }
            for (int i = 0; i < n; i++) {
                average[i] /= sources.length;
            }
        }
        for (int c = 0; c < channels.size(); c++) {
            Channel ch = channels.get(c);
            double[] plus = sources[ch.plus().ordinal()];
            double[] minus = ch.minus() == null ? average : sources[ch.minus().ordinal()];
            float[] o = out[c];
            for (int i = 0; i < n; i++) {
                o[i] = (float) (plus[i] - minus[i]);
            }
        }
    }
}
