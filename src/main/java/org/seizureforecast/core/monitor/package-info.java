/**
 * The live, bounded, in-memory picture of monitored patients that REST and the dashboard read:
 * status, score history, alarms and their acknowledgement audit trail, and the last minutes of
 * each patient's filtered EEG for reviewing the signal around an alarm.
 */
package org.seizureforecast.core.monitor;
