/**
 * Per-patient alarm policies: FORECAST from the smoothed preictal risk, SEIZURE from the ictal
 * probability with a k-of-n rule. EEG time only, deterministic alarm ids, no clocks, no threads.
 */
package org.seizureforecast.core.alarm;
