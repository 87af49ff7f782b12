package org.seizureforecast.adapter.dsp;

/**
 * The preprocessing filters applied after resampling: a Butterworth band-pass and an optional
 * Butterworth band-stop ("notch") at the mains frequency. Frequencies in Hz.
 *
 * @param lowHz band-pass lower edge (-3 dB), default 0.5
 * @param highHz band-pass upper edge (-3 dB), default 45
 * @param order band-pass order per edge as in SciPy's {@code butter(order, [low, high])}: the
 *     filter has {@code 2 * order} poles, {@code order} second-order sections; default 4
 * @param notchHz mains frequency to remove (50 or 60), or 0 for no notch; default 60
 * @param notchWidthHz distance between the notch's -3 dB edges, default 4 (58..62 Hz)
 * @param notchOrder band-stop order as in SciPy's {@code butter(order, [f - w/2, f + w/2],
 *     'bandstop')}; default 2
 */
public record FilterSpec(double lowHz, double highHz, int order, double notchHz, double notchWidthHz, int notchOrder) {

    public static final FilterSpec DEFAULT = new FilterSpec(0.5, 45, 4, 60, 4, 2);

    public FilterSpec {
        require(
                lowHz > 0 && lowHz < highHz,
                "band-pass edges must satisfy 0 < low < high, were " + lowHz + ".." + highHz);
        require(order >= 1 && order <= 16, "band-pass order must be 1..16, was " + order);
        require(notchHz >= 0, "notchHz must be >= 0 (0 = no notch), was " + notchHz);
        require(
                notchHz == 0 || (notchWidthHz > 0 && notchWidthHz < notchHz),
                "notch width must be in (0, notchHz), was " + notchWidthHz);
        require(notchOrder >= 1 && notchOrder <= 8, "notch order must be 1..8, was " + notchOrder);
    }

    /** The same band-pass without a notch. */
    public FilterSpec withoutNotch() {
        return new FilterSpec(lowHz, highHz, order, 0, notchWidthHz, notchOrder);
    }

    public boolean hasNotch() {
        return notchHz > 0;
    }

    /** Checks that every edge lies below the Nyquist frequency of {@code sampleRate}. */
    void checkFits(double sampleRate) {
        double nyquist = sampleRate / 2;
        require(highHz < nyquist, "band-pass upper edge " + highHz + " Hz is not below Nyquist (" + nyquist + " Hz)");
        require(
                !hasNotch() || notchHz + notchWidthHz / 2 < nyquist,
                "notch " + notchHz + " Hz is not below Nyquist (" + nyquist + " Hz)");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
