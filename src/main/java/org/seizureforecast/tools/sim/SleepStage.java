package org.seizureforecast.tools.sim;

/**
 * Vigilance states and how strongly each drives the signal components (relative gains; 1 = the
 * patient's awake level). Follows the AASM scoring manual's descriptions: alpha when awake with
 * eyes closed and blocked by eye opening; theta in N1 and REM; spindles and K-complexes in N2;
 * high-amplitude slow waves in N3; muscle tone falling from wake to REM atonia.
 */
public enum SleepStage {
    //            bg    alpha  theta  slow  spindle blink saccade emg
    AWAKE_EYES_OPEN(1.0, -1, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, "W"),
    AWAKE_EYES_CLOSED(1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.1, 0.6, "W"),
    N1(1.0, 0.3, 2.0, 0.2, 0.0, 0.0, 0.4, 0.3, "N1"),
    N2(1.1, 0.05, 1.5, 0.5, 1.0, 0.0, 0.0, 0.1, "N2"),
    N3(1.25, 0.0, 1.5, 1.0, 0.3, 0.0, 0.0, 0.1, "N3"),
    REM(0.85, 0.1, 2.0, 0.1, 0.0, 0.0, 1.5, 0.02, "R");

    final double background;
    /** Alpha gain; -1 means "the patient's eyes-open fraction" (reactivity). */
    final double alpha;

    final double theta;
    final double slow;
    final double spindles;
    final double blinks;
    final double saccades;
    final double emg;
    private final String code;

    SleepStage(
            double background,
            double alpha,
            double theta,
            double slow,
            double spindles,
            double blinks,
            double saccades,
            double emg,
            String code) {
        this.background = background;
        this.alpha = alpha;
        this.theta = theta;
        this.slow = slow;
        this.spindles = spindles;
        this.blinks = blinks;
        this.saccades = saccades;
        this.emg = emg;
        this.code = code;
    }

    /** AASM stage code: W, N1, N2, N3, R. */
    public String code() {
        return code;
    }

    public boolean asleep() {
        return this != AWAKE_EYES_OPEN && this != AWAKE_EYES_CLOSED;
    }
}
