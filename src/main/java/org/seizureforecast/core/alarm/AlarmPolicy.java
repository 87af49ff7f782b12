package org.seizureforecast.core.alarm;

/**
 * A patient's alarm policy. Validated on construction, so a bad value stops start-up or gets a
 * 4xx at the REST edge instead of misbehaving at 3 a.m.
 *
 * @param forecastThreshold smoothed preictal risk at or above which FORECAST fires (0..1)
 * @param forecastSmoothingSeconds span of the moving average of preictal risk (STAN: 5 min)
 * @param forecastRefractorySeconds no second FORECAST within this time; also the warning period
 * @param forecastMinCoverage fraction of the smoothing span that must hold data before FORECAST may fire
 * @param seizureThreshold smoothed ictal probability at or above which a window counts as a hit
 * @param seizureSmoothingWindows windows in the short moving average of ictal probability
 * @param seizureK hits needed among the last {@code seizureN} windows to raise SEIZURE
 * @param seizureN window count of the k-of-n rule
 * @param seizureEndWindows consecutive non-hit windows that end a SEIZURE event
 * @param maxArtifactFraction windows more artifact than this cannot count as SEIZURE hits
 */
public record AlarmPolicy(
        double forecastThreshold,
        double forecastSmoothingSeconds,
        double forecastRefractorySeconds,
        double forecastMinCoverage,
        double seizureThreshold,
        int seizureSmoothingWindows,
        int seizureK,
        int seizureN,
        int seizureEndWindows,
        double maxArtifactFraction) {

    public static final AlarmPolicy DEFAULT = new AlarmPolicy(0.5, 300, 1800, 0.5, 0.5, 2, 3, 4, 2, 0.8);

    public AlarmPolicy {
        requireOpenUnit("forecastThreshold", forecastThreshold);
        require(forecastSmoothingSeconds > 0, "forecastSmoothingSeconds must be > 0");
        require(forecastRefractorySeconds >= 0, "forecastRefractorySeconds must be >= 0");
        require(forecastMinCoverage >= 0 && forecastMinCoverage <= 1, "forecastMinCoverage must be in [0,1]");
        requireOpenUnit("seizureThreshold", seizureThreshold);
        require(seizureSmoothingWindows >= 1, "seizureSmoothingWindows must be >= 1");
        require(seizureN >= 1 && seizureN <= 64, "seizureN must be in [1,64]");
        require(seizureK >= 1 && seizureK <= seizureN, "seizureK must be in [1, seizureN]");
        require(seizureEndWindows >= 1, "seizureEndWindows must be >= 1");
        require(maxArtifactFraction >= 0 && maxArtifactFraction <= 1, "maxArtifactFraction must be in [0,1]");
    }

    private static void requireOpenUnit(String name, double v) {
        require(v > 0 && v < 1, name + " must be in (0,1), was " + v);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
