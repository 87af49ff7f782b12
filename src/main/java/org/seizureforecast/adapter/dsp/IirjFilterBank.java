package org.seizureforecast.adapter.dsp;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seizureforecast.core.signal.ChannelFilter;
import org.seizureforecast.core.signal.FilterBank;
import uk.me.berndporr.iirj.Biquad;
import uk.me.berndporr.iirj.Butterworth;
import uk.me.berndporr.iirj.Cascade;

/**
 * {@link FilterBank} whose sections are designed by iirj: a Butterworth band-pass and, unless
 * disabled, a Butterworth band-stop at the mains frequency ({@link FilterSpec}). The design is made
 * once per sample rate and shared; each {@link #newChannelFilter} gets its own state.
 *
 * <p>iirj's own {@code Cascade.filter} keeps its state private, so the sections are run by {@link
 * SosCascade}, which can settle its state on a level after a gap. Thread-safe.
 */
public final class IirjFilterBank implements FilterBank {
    private final FilterSpec spec;
    private final Map<Double, double[]> designs = new ConcurrentHashMap<>();

    public IirjFilterBank(FilterSpec spec) {
        this.spec = spec;
    }

    public FilterSpec spec() {
        return spec;
    }

    /** @throws IllegalArgumentException if a filter edge is not below {@code sampleRate / 2} */
    @Override
    public ChannelFilter newChannelFilter(double sampleRate) {
        return new SosCascade(designs.computeIfAbsent(sampleRate, this::design));
    }

    /**
     * The sections for {@code sampleRate} in SciPy's {@code sos} layout, one row {@code [b0, b1,
     * b2, 1, a1, a2]} per section: band-pass first, then the notch.
     */
    public double[][] sections(double sampleRate) {
        double[] flat = designs.computeIfAbsent(sampleRate, this::design);
        double[][] sos = new double[flat.length / 5][];
        for (int s = 0; s < sos.length; s++) {
            int c = 5 * s;
            sos[s] = new double[] {flat[c], flat[c + 1], flat[c + 2], 1, flat[c + 3], flat[c + 4]};
        }
        return sos;
    }

    private double[] design(double sampleRate) {
        spec.checkFits(sampleRate);
        Butterworth bandPass = new Butterworth();
        bandPass.bandPass(spec.order(), sampleRate, (spec.lowHz() + spec.highHz()) / 2, spec.highHz() - spec.lowHz());
        if (!spec.hasNotch()) {
            return flatten(bandPass);
        }
        Butterworth notch = new Butterworth();
        notch.bandStop(spec.notchOrder(), sampleRate, spec.notchHz(), spec.notchWidthHz());
        double[] a = flatten(bandPass);
        double[] b = flatten(notch);
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** iirj keeps b and a divided by a0 (its getters return the normalised values). */
    private static double[] flatten(Cascade cascade) {
        double[] flat = new double[5 * cascade.getNumBiquads()];
        for (int s = 0; s < cascade.getNumBiquads(); s++) {
            Biquad q = cascade.getBiquad(s);
            flat[5 * s] = q.getB0();
            flat[5 * s + 1] = q.getB1();
            flat[5 * s + 2] = q.getB2();
            flat[5 * s + 3] = q.getA1();
            flat[5 * s + 4] = q.getA2();
        }
        return flat;
    }
}
