package org.seizureforecast.tools.sim;

/**
 * The 19 scalp electrodes of the international 10-20 system that the simulator drives, with
 * positions on a unit sphere (x to the right ear, y to the nose, z to the vertex). Positions are
 * the idealised 10-20 ones: neighbours are 36° (chord ≈ 0.62) apart. T7/T8/P7/P8 are the
 * modern names of T3/T4/T5/T6.
 */
public enum Electrode {
    FP1("Fp1", "Fp1", -0.31, 0.95, 0.0),
    FP2("Fp2", "Fp2", 0.31, 0.95, 0.0),
    F7("F7", "F7", -0.81, 0.59, 0.0),
    F3("F3", "F3", -0.55, 0.67, 0.50),
    FZ("Fz", "Fz", 0.0, 0.72, 0.69),
    F4("F4", "F4", 0.55, 0.67, 0.50),
    F8("F8", "F8", 0.81, 0.59, 0.0),
    T7("T7", "T3", -1.0, 0.0, 0.0),
    C3("C3", "C3", -0.72, 0.0, 0.69),
    CZ("Cz", "Cz", 0.0, 0.0, 1.0),
    C4("C4", "C4", 0.72, 0.0, 0.69),
    T8("T8", "T4", 1.0, 0.0, 0.0),
    P7("P7", "T5", -0.81, -0.59, 0.0),
    P3("P3", "P3", -0.55, -0.67, 0.50),
    PZ("Pz", "Pz", 0.0, -0.72, 0.69),
    P4("P4", "P4", 0.55, -0.67, 0.50),
    P8("P8", "T6", 0.81, -0.59, 0.0),
    O1("O1", "O1", -0.31, -0.95, 0.0),
    O2("O2", "O2", 0.31, -0.95, 0.0);

    public static final int COUNT = values().length;

    private final String label;
    private final String oldLabel;
    private final double x;
    private final double y;
    private final double z;

    Electrode(String label, String oldLabel, double x, double y, double z) {
        double norm = Math.sqrt(x * x + y * y + z * z);
        this.label = label;
        this.oldLabel = oldLabel;
        this.x = x / norm;
        this.y = y / norm;
        this.z = z / norm;
    }

    /** Modern 10-10 name (T7, P7...). */
    public String label() {
        return label;
    }

    /** Classic 10-20 name (T3, T5...), as SzCORE's referential montage uses. */
    public String oldLabel() {
        return oldLabel;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    double z() {
        return z;
    }

    /** Straight-line distance on the unit sphere (0..2). */
    public double distance(Electrode other) {
        double dx = x - other.x;
        double dy = y - other.y;
        double dz = z - other.z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** 1 at the occipital electrodes, falling to ~0.03 frontally: where the alpha rhythm is. */
    public double posterior() {
        return clamp((0.3 - y) / 1.25);
    }

    /** 1 at Fp1/Fp2, falling backwards: where eye artifacts and frontal slow waves are. */
    public double frontal() {
        return clamp((y + 0.3) / 1.25);
    }

    /** Near the vertex (C3, Cz, C4 highest): sleep spindles and vertex waves. */
    public double central() {
        return clamp(z * z * (1 - Math.abs(y)));
    }

    /** Lateral, low electrodes (T7/T8 highest): over the temporalis muscles, where EMG is. */
    public double temporal() {
        return clamp(x * x * (1 - z));
    }

    /** Gaussian fall-off with distance from {@code centre}: 1 there, e^-1 at {@code width}. */
    public double near(Electrode centre, double width) {
        double d = distance(centre) / width;
        return StrictMath.exp(-d * d);
    }

    /** -1 left, +1 right, 0 midline. */
    public int side() {
        return x < -1e-9 ? -1 : x > 1e-9 ? 1 : 0;
    }

    private static double clamp(double v) {
        return Math.max(0.03, Math.min(1.0, v));
    }
}
