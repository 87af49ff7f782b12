/**
 * Forecasting metrics for {@code FORECAST} alarms against reference seizures: sensitivity
 * within the seizure prediction horizon (SPH) and occurrence period (SOP), false alarms per hour
 * of interictal time, time in warning, and the SzCORE event scores of the alarms' occurrence
 * periods. Definitions are in {@link org.seizureforecast.tools.scoring.forecast.ForecastScorer}
 * and {@code docs/forecasting-metrics.md}. Plain Java, java.* only, thread-safe.
 */
package org.seizureforecast.tools.scoring.forecast;
