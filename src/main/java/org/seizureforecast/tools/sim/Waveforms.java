package org.seizureforecast.tools.sim;

/** Small deterministic waveform shapes shared by the events (StrictMath for repeatable bytes). */
final class Waveforms {
    private Waveforms() {}

    /** Raised cosine bump on u in [0, 1]: 0 at the ends, 1 in the middle. */
    static double hann(double u) {
        if (u <= 0 || u >= 1) {
            return 0;
        }
        double s = StrictMath.sin(Math.PI * u);
        return s * s;
    }

    /** Smooth 0→1 step over [0, 1]. */
    static double smoothstep(double u) {
        double x = Math.max(0, Math.min(1, u));
        return x * x * (3 - 2 * x);
    }

    /** Trapezoid: rises over {@code edge}, holds, falls over {@code edge}, on u in [0, 1]. */
    static double trapezoid(double u, double edge) {
        if (u <= 0 || u >= 1) {
            return 0;
        }
        return Math.min(1, Math.min(u / edge, (1 - u) / edge));
    }

    /** Blink: fast rise, slower fall (lid closure then reopening), peak 1 near u = 0.35. */
    static double blink(double u) {
        if (u <= 0 || u >= 1) {
            return 0;
        }
        double w = u < 0.35 ? u / 0.35 : (1 - u) / 0.65;
        return smoothstep(w);
    }
}
