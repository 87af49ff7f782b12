package org.seizureforecast.tools.scoring.forecast;

/**
 * The windows of seizure forecasting, in seconds.
 *
 * @param sph seizure prediction horizon: the least warning time an alarm must give (default
 *     5 min); an alarm at {@code a} warns about {@code [a + sph, a + sph + sop]}
 * @param sop seizure occurrence period: how long the warning lasts (default 45 min)
 * @param postIctal time after a seizure's end excluded from interictal time (default 30 min)
 */
public record ForecastParameters(double sph, double sop, double postIctal) {

    /** SPH 5 min, SOP 45 min, post-ictal exclusion 30 min. */
    public static final ForecastParameters DEFAULT = new ForecastParameters(300, 2700, 1800);

    public ForecastParameters {
        if (!(sph >= 0) || !(sop > 0) || !(postIctal >= 0) || Double.isInfinite(sph + sop + postIctal)) {
            throw new IllegalArgumentException("need finite sph >= 0, sop > 0 and postIctal >= 0," + " got sph=" + sph
                    + " sop=" + sop + " postIctal=" + postIctal);
        }
    }
}
